package org.seatkeeper.app.psacompanies;

import jakarta.servlet.http.HttpServlet;
import org.seatkeeper.app.context.AppContext;
import org.seatkeeper.app.customers.ContactSaved;
import org.seatkeeper.batch.psa.ContactSync;
import org.seatkeeper.batch.psa.PsaClients;
import org.seatkeeper.batch.psa.PsaKeys;
import org.seatkeeper.db.customers.ContactRepository;
import org.seatkeeper.db.customers.CustomerRepository;
import org.seatkeeper.db.psa.CompanySuggestions;
import org.seatkeeper.db.psa.CustomerCompanyRepository;
import org.seatkeeper.db.psa.PsaConnectionRepository;
import org.seatkeeper.db.psa.PsaContactLinkRepository;
import org.seatkeeper.db.psa.PsaDataRepository;

/**
 * Customers and their ConnectWise companies: a customer's ConnectWise tab (company, contact sync), the bulk "link
 * suggested" page, and the contact sync a saved contact triggers.
 */
public final class PsaCompaniesWiring {

    /** What the customers feature mounts at /customers/{id}/psa, and what follows a saved contact. */
    public record PsaCompanies(HttpServlet customerTab, ContactSaved contactSaved, ContactSync contactSync) {
    }

    private PsaCompaniesWiring() {
    }

    public static PsaCompanies register(AppContext app) {
        var dsl = app.database().dsl();
        CustomerRepository customers = new CustomerRepository(dsl);
        CustomerCompanyRepository links = new CustomerCompanyRepository(dsl);
        PsaDataRepository psa = new PsaDataRepository(dsl);
        CompanySuggestions suggestions = new CompanySuggestions(dsl);
        PsaClients clients = new PsaClients(new PsaConnectionRepository(dsl), new PsaKeys(app.secrets()), null, app.clock());
        ContactSync contactSync = new ContactSync(clients, links, new ContactRepository(dsl), new PsaContactLinkRepository(dsl),
                app.database().transactions(), app.clock());
        CompanyLinks companyLinks = new CompanyLinks(links, psa, customers, app.audit(), app.database().transactions(), app.clock());
        app.web().route(CompanySuggestionsServlet.PATH, new CompanySuggestionsServlet(app.pages(), suggestions, psa, companyLinks));
        return new PsaCompanies(new CustomerPsaServlet(app.pages(), customers, links, psa, suggestions, companyLinks, contactSync),
                new ContactSyncOnSave(contactSync), contactSync);
    }

    /** The PSA menu entry, added where it belongs in the menu (after the licenses). */
    public static void addMenu(AppContext app) {
        app.navigation().add("psa", "PSA", CompanySuggestionsServlet.PATH);
    }
}
