package org.seatkeeper.app.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.seatkeeper.app.customers.CustomerForm;
import org.seatkeeper.app.customers.CustomerFormServlet.CustomerFormPage;
import org.seatkeeper.app.web.Flash;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.app.web.HttpProblem;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.SessionUser;
import org.seatkeeper.db.accounts.MappingRuleException;
import org.seatkeeper.db.accounts.ProviderAccount;
import org.seatkeeper.db.accounts.ProviderAccountRepository;
import org.seatkeeper.db.customers.CustomerDetails;

/**
 * /provider-accounts/{id}/create-customer: "Create customer from this account". GET shows the customer form filled
 * with what the provider reports; the person edits it, and POST creates the customer and maps the account to it.
 */
final class AccountCustomerServlet extends PageServlet {

    private static final String TEMPLATE = "customers/form.ftlh";

    private final ProviderAccountRepository accounts;
    private final MappingService mapping;

    public AccountCustomerServlet(PageSupport pages, ProviderAccountRepository accounts, MappingService mapping) {
        super(pages);
        this.accounts = accounts;
        this.mapping = mapping;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        requireWriter(request);
        ProviderAccount a = load(request);
        FormModel form = FormModel.empty().with("name", a.displayName()).with("domain", a.domain())
                .with("addressLine1", a.address().line1()).with("addressLine2", a.address().line2())
                .with("city", a.address().city()).with("state", a.address().state())
                .with("postalCode", a.address().postalCode()).with("country", a.country());
        render(request, response, TEMPLATE, model(a, form));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SessionUser user = requireWriter(request);
        ProviderAccount a = load(request);
        FormModel form = FormModel.of(request);
        CustomerDetails details = CustomerForm.parse(form);
        if (form.hasErrors()) {
            renderInvalid(request, response, TEMPLATE, model(a, form));
            return;
        }
        try {
            long customerId = mapping.createCustomerAndMap(user.username(), a, details);
            redirect(request, response, "/customers/" + customerId, Flash.success("Customer " + details.name()
                    + " created and mapped to the " + a.providerName() + " account " + a.displayName() + "."));
        } catch (MappingRuleException e) {
            redirect(request, response, "/provider-accounts/" + a.id(), Flash.error(e.getMessage()));
        }
    }

    private ProviderAccount load(HttpServletRequest request) {
        return accounts.find(idFromPath(request, 1)).orElseThrow(() -> HttpProblem.notFound("That provider account"));
    }

    private static Map<String, Object> model(ProviderAccount a, FormModel form) {
        return Map.of("page", new CustomerFormPage(false, "Create customer from " + a.displayName(),
                "/provider-accounts/" + a.id() + "/create-customer", "/provider-accounts/" + a.id()), "form", form);
    }
}
