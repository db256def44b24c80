package org.seatkeeper.app.customers;

import jakarta.servlet.http.HttpServlet;
import org.seatkeeper.app.context.AppContext;
import org.seatkeeper.app.mismatch.CustomerFindings;
import org.seatkeeper.app.web.NotFoundServlet;
import org.seatkeeper.app.web.PathRoutes;
import org.seatkeeper.db.accounts.ProviderAccountRepository;
import org.seatkeeper.db.contracts.BillingContractRepository;
import org.seatkeeper.db.customers.ContactRepository;
import org.seatkeeper.db.customers.CustomerRepository;

/** Customers (the reseller's CRM accounts) and their contacts. */
public final class CustomersWiring {

    private CustomersWiring() {
    }

    /**
     * @param licenses the customer's Licenses tab and its actions (/customers/{id}/licenses/...), from the usage feature
     * @param psa      the customer's ConnectWise tab (/customers/{id}/psa), from the PSA companies feature
     * @param saved    what follows a saved contact (the PSA's contact sync)
     * @return the customer use cases, which the provider accounts feature uses to create a customer from an account
     */
    public static CustomerService register(AppContext app, HttpServlet licenses, HttpServlet psa, ContactSaved saved) {
        var dsl = app.database().dsl();
        CustomerRepository customers = new CustomerRepository(dsl);
        ContactRepository contacts = new ContactRepository(dsl);
        CustomerService service = new CustomerService(customers, contacts, app.audit(), app.database().transactions(), app.clock());
        app.web().route("/customers", new CustomersServlet(app.pages(), customers))
                .route("/customers/*", new PathRoutes(new NotFoundServlet(app.pages()))
                        .add("/customers/new", new CustomerFormServlet(app.pages(), service, customers))
                        .add("/customers/[0-9]+", new CustomerServlet(app.pages(), customers, contacts, new ProviderAccountRepository(dsl),
                                new BillingContractRepository(dsl, app.clock()),
                                new CustomerFindings(dsl)))
                        .add("/customers/[0-9]+/edit", new CustomerFormServlet(app.pages(), service, customers))
                        .add("/customers/[0-9]+/archive", new CustomerArchiveServlet(app.pages(), service, customers))
                        .add("/customers/[0-9]+/contacts/(new|[0-9]+)", new ContactFormServlet(app.pages(), service, customers, contacts, saved))
                        .add("/customers/[0-9]+/contacts/[0-9]+/primary", new ContactPrimaryServlet(app.pages(), service, contacts))
                        .add("/customers/[0-9]+/licenses(/[a-z0-9/-]+)?", licenses)
                        .add("/customers/[0-9]+/psa", psa));
        app.navigation().add("customers", "Customers", "/customers");
        return service;
    }
}
