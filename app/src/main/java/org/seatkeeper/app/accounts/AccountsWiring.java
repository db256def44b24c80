package org.seatkeeper.app.accounts;

import org.seatkeeper.app.context.AppContext;
import org.seatkeeper.app.customers.CustomerService;
import org.seatkeeper.app.web.DashboardCard;
import org.seatkeeper.app.web.NotFoundServlet;
import org.seatkeeper.app.web.PathRoutes;
import org.seatkeeper.db.accounts.AccountMappings;
import org.seatkeeper.db.accounts.AccountQuery;
import org.seatkeeper.db.accounts.CustomerSuggestions;
import org.seatkeeper.db.accounts.ProviderAccountRepository;
import org.seatkeeper.db.customers.CustomerRepository;
import org.seatkeeper.db.onboarding.OnboardingRepository;
import org.seatkeeper.db.providers.ProviderRepository;

/** Provider accounts: the list, mapping to customers (one by one, or the suggested matches at once). */
public final class AccountsWiring {

    private AccountsWiring() {
    }

    public static void register(AppContext app, CustomerService customers) {
        var dsl = app.database().dsl();
        ProviderAccountRepository accounts = new ProviderAccountRepository(dsl);
        CustomerSuggestions suggestions = new CustomerSuggestions(dsl);
        MappingService mapping = new MappingService(new AccountMappings(dsl), accounts, customers,
                new OnboardingRepository(dsl), app.audit(), app.database().transactions(), app.clock());
        AccountListings listings = new AccountListings(app.pages().figures(), dsl);
        app.web().route("/provider-accounts", new AccountsServlet(app.pages(), accounts, listings, new ProviderRepository(dsl)))
                .route("/provider-accounts/*", new PathRoutes(new NotFoundServlet(app.pages()))
                        .add("/provider-accounts/suggestions", new SuggestionsServlet(app.pages(), accounts, suggestions, mapping))
                        .add("/provider-accounts/[0-9]+", new AccountServlet(app.pages(), accounts, suggestions, new CustomerRepository(dsl)))
                        .add("/provider-accounts/[0-9]+/map", new AccountMapServlet(app.pages(), mapping, accounts,
                                new org.seatkeeper.db.customers.CustomerRepository(dsl)))
                        .add("/provider-accounts/[0-9]+/unmap", new AccountUnmapServlet(app.pages(), accounts, mapping))
                        .add("/provider-accounts/[0-9]+/create-customer", new AccountCustomerServlet(app.pages(), accounts, mapping)));
        app.navigation().add("provider-accounts", "Provider accounts", "/provider-accounts",
                () -> listings.current().counts(AccountQuery.all()).unmapped());
        app.dashboard().addCard(() -> {
            int unmapped = listings.current().counts(AccountQuery.all()).unmapped();
            return new DashboardCard("Unmapped provider accounts", String.valueOf(unmapped),
                    unmapped == 0 ? "Every provider account is mapped to a customer."
                            : "Unmapped means unbilled: map them to customers.", "/provider-accounts?filter=unmapped", unmapped > 0);
        });
    }
}
