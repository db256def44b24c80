package org.seatkeeper.app.contracts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.seatkeeper.app.web.Flash;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.app.web.HttpProblem;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.SessionUser;
import org.seatkeeper.db.contracts.BillingContract;
import org.seatkeeper.db.contracts.BillingContractRepository;
import org.seatkeeper.db.contracts.ContractCurrencyDefault;
import org.seatkeeper.db.customers.Customer;
import org.seatkeeper.db.customers.CustomerRepository;

/** /contracts/new?customer={id} creates a customer's billing contract; /contracts/{id}/edit changes one. */
final class ContractFormServlet extends PageServlet {

    private static final String TEMPLATE = "contracts/form.ftlh";

    private final ContractService service;
    private final BillingContractRepository contracts;
    private final CustomerRepository customers;
    private final Clock clock;
    private final ContractCurrencyDefault currencies;

    ContractFormServlet(PageSupport pages, ContractService service, BillingContractRepository contracts,
                        CustomerRepository customers, Clock clock, ContractCurrencyDefault currencies) {
        super(pages);
        this.currencies = currencies;
        this.service = service;
        this.contracts = contracts;
        this.customers = customers;
        this.clock = clock;
    }

    public record ContractFormPage(String title, String action, String cancelHref, boolean creating,
                                   List<Map<String, String>> cycles, List<Map<String, String>> statuses) {
    }

    private static final List<Map<String, String>> STATUSES = List.of(Map.of("value", "ACTIVE", "label", "active"),
            Map.of("value", "CLOSED", "label", "closed"));

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        requireWriter(request);
        if (isNew(request)) {
            Customer customer = customer(request);
            render(request, response, TEMPLATE, model(null, customer, FormModel.empty()
                    .with("customer", customer.id()).with("name", customer.name() + " subscriptions")
                    // the currency of the customer's provider subscriptions: the sync files them on this contract
                    .with("currency", currencies.forCustomer(customer.id()).orElse("USD"))
                    .with("billingCycle", "MONTHLY").with("billingDay", 1)
                    .with("startDate", LocalDate.now(clock)).with("status", "ACTIVE")));
            return;
        }
        BillingContract contract = load(request);
        render(request, response, TEMPLATE, model(contract, null, ContractForm.toForm(contract)));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SessionUser user = requireWriter(request);
        FormModel form = FormModel.of(request);
        BillingContract existing = isNew(request) ? null : load(request);
        Customer customer = existing == null ? customer(request) : null;
        ContractForm.Parsed parsed = ContractForm.parse(form);
        if (parsed == null) {
            renderInvalid(request, response, TEMPLATE, model(existing, customer, form));
            return;
        }
        if (existing == null) {
            long id = service.create(user.username(), customer.id(), parsed.terms());
            redirect(request, response, "/contracts/" + id, Flash.success("Billing contract created."));
            return;
        }
        try {
            service.update(user.username(), existing, parsed, Integer.parseInt(form.value("version")));
        } catch (NumberFormatException e) {
            throw HttpProblem.badRequest("The form is incomplete. Reload the page and try again.");
        }
        redirect(request, response, "/contracts/" + existing.id(), Flash.success("Billing contract saved."));
    }

    private static boolean isNew(HttpServletRequest request) {
        return request.getRequestURI().equals("/contracts/new");
    }

    private Customer customer(HttpServletRequest request) {
        try {
            return customers.find(Long.parseLong(request.getParameter("customer")))
                    .orElseThrow(() -> HttpProblem.notFound("That customer"));
        } catch (NumberFormatException e) {
            throw HttpProblem.badRequest("Open \"New billing contract\" from a customer's page.");
        }
    }

    private BillingContract load(HttpServletRequest request) {
        return contracts.findById(idFromPath(request, 1))
                .orElseThrow(() -> HttpProblem.notFound("That billing contract"));
    }

    private static Map<String, Object> model(BillingContract contract, Customer customer, FormModel form) {
        ContractFormPage page = contract == null
                ? new ContractFormPage("New billing contract for " + customer.name(),
                "/contracts/new?customer=" + customer.id(), "/customers/" + customer.id(), true, ContractForm.CYCLES, STATUSES)
                : new ContractFormPage("Edit " + contract.name(), "/contracts/" + contract.id() + "/edit",
                "/contracts/" + contract.id(), false, ContractForm.CYCLES, STATUSES);
        return Map.of("page", page, "form", form);
    }
}
