package org.seatkeeper.app.psacompanies;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.seatkeeper.app.web.Flash;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.app.web.HttpProblem;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.SessionUser;
import org.seatkeeper.batch.psa.ContactSync;
import org.seatkeeper.db.customers.Customer;
import org.seatkeeper.db.customers.CustomerRepository;
import org.seatkeeper.db.psa.CompanySuggestion;
import org.seatkeeper.db.psa.CompanySuggestions;
import org.seatkeeper.db.psa.CustomerCompany;
import org.seatkeeper.db.psa.CustomerCompanyRepository;
import org.seatkeeper.db.psa.PsaCompany;
import org.seatkeeper.db.psa.PsaDataRepository;

/**
 * GET/POST /customers/{id}/psa: the customer's ConnectWise company (suggested by name and domain) and its contact sync;
 * saving with contact sync on writes the contacts to ConnectWise at once.
 */
final class CustomerPsaServlet extends PageServlet {

    static final String TEMPLATE = "psa/customer.ftlh";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final int SUGGESTIONS = 5;

    private final CustomerRepository customers;
    private final CustomerCompanyRepository links;
    private final PsaDataRepository psa;
    private final CompanySuggestions suggestions;
    private final CompanyLinks companyLinks;
    private final ContactSync contactSync;

    CustomerPsaServlet(PageSupport pages, CustomerRepository customers, CustomerCompanyRepository links, PsaDataRepository psa,
                       CompanySuggestions suggestions, CompanyLinks companyLinks, ContactSync contactSync) {
        super(pages);
        this.customers = customers;
        this.links = links;
        this.psa = psa;
        this.suggestions = suggestions;
        this.companyLinks = companyLinks;
        this.contactSync = contactSync;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        render(request, response, TEMPLATE, model(request, customer(request), null));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SessionUser user = requireWriter(request);
        Customer customer = customer(request);
        FormModel form = FormModel.of(request);
        if (!companyLinks.link(user.username(), customer.id(), form)) {
            renderInvalid(request, response, TEMPLATE, model(request, customer, form));
            return;
        }
        ContactSync.Outcome outcome = contactSync.syncCustomer(customer.id());
        String location = "/customers/" + customer.id() + "/psa";
        String saved = "ConnectWise company saved.";
        redirect(request, response, location, outcome.problem() == null
                ? Flash.success(saved + ContactSyncOnSave.describe(outcome))
                : Flash.warning(saved + ContactSyncOnSave.describe(outcome)));
    }

    private Customer customer(HttpServletRequest request) {
        return customers.find(idFromPath(request, 1)).orElseThrow(() -> HttpProblem.notFound("That customer"));
    }

    private Map<String, Object> model(HttpServletRequest request, Customer customer, FormModel typed) {
        CustomerCompany link = links.find(customer.id()).orElse(null);
        PsaCompany company = link == null ? null : psa.company(link.psaCompanyId()).orElse(null);
        FormModel form = typed != null ? typed : FormModel.empty()
                .with("psaCompanyId", link == null ? "" : link.psaCompanyId())
                .with("contactSync", link != null && link.contactSync() ? "true" : "")
                .with("version", link == null ? 0 : link.version());
        List<CompanySuggestion> likely = link == null ? suggestions.suggest(customer.id(), SUGGESTIONS) : List.of();
        if (typed == null && link == null && !likely.isEmpty()) {
            form.with("psaCompanyId", likely.get(0).companyId());
        }
        List<PsaCompany> all = psa.companies();
        CustomerPsaPage page = new CustomerPsaPage(customer.id(), customer.name(), user(request).canWrite(),
                link == null ? "" : company == null ? "company #" + link.psaCompanyId() : company.name() + " (" + company.identifier() + ")",
                companyNote(link, company), link != null && link.contactSync(),
                link == null || link.contactsSyncedAt() == null ? "never" : TIME.format(link.contactsSyncedAt()),
                link == null || link.contactsProblem() == null ? "" : link.contactsProblem(),
                likely.stream().map(s -> new CustomerPsaPage.Suggestion(s.companyId(), s.companyName(),
                        s.website() == null ? "" : s.website(), s.reason())).toList(),
                options(likely, all), all.isEmpty());
        return Map.of("page", page, "form", form);
    }

    private static String companyNote(CustomerCompany link, PsaCompany company) {
        if (link == null) {
            return "";
        }
        if (company == null || !company.present()) {
            return "no longer listed in ConnectWise";
        }
        return company.website() == null ? "" : company.website();
    }

    /** The suggested companies first, then every other company by name. */
    private static List<CustomerPsaPage.Option> options(List<CompanySuggestion> likely, List<PsaCompany> all) {
        List<CustomerPsaPage.Option> options = new ArrayList<>();
        likely.forEach(s -> options.add(new CustomerPsaPage.Option(Long.toString(s.companyId()),
                s.companyName() + " (" + s.identifier() + ") · suggested: " + s.reason())));
        Set<Long> suggested = likely.stream().map(CompanySuggestion::companyId).collect(Collectors.toSet());
        all.stream().filter(c -> !suggested.contains(c.id())).forEach(c -> options.add(
                new CustomerPsaPage.Option(Long.toString(c.id()), c.name() + " (" + c.identifier() + ")")));
        return options;
    }
}
