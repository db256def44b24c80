package org.seatkeeper.app.onboarding;

import java.util.List;
import java.util.Optional;
import org.seatkeeper.db.onboarding.OnboardingPath;
import org.seatkeeper.db.providers.Provider;
import org.seatkeeper.db.providers.ProviderRepository;
import org.seatkeeper.providers.connector.ProviderConnector;

/**
 * Step 2's choices: the enabled providers and what each can do, from the capabilities its connector offers. A provider
 * whose connection cannot be built (credentials incomplete) can do nothing through its API, so only the manual path
 * is left.
 */
final class ProviderChoices {

    /** What onboarding can do through a provider's API. */
    record Onboards(boolean createTenant, boolean sendInvitation) {

        static final Onboards NOTHING = new Onboards(false, false);

        static Onboards by(ProviderConnector connector) {
            return new Onboards(connector.tenantCreation().isPresent(), connector.invitations().isPresent());
        }
    }

    private final ProviderRepository providers;
    private final ConnectorSource connectors;

    ProviderChoices(ProviderRepository providers, ConnectorSource connectors) {
        this.providers = providers;
        this.connectors = connectors;
    }

    /**
     * The providers an account can be provisioned with. A Manual provider is not one: it has no tenants, portal or API,
     * it only holds the subscriptions sold by hand (step 4).
     */
    List<ProviderOption> options() {
        return providers.list().stream().filter(ProviderChoices::canProvision).map(this::option).toList();
    }

    Optional<Provider> enabled(long providerId) {
        return providers.find(providerId).filter(ProviderChoices::canProvision);
    }

    private static boolean canProvision(Provider provider) {
        return provider.enabled() && !"MANUAL".equals(provider.kind());
    }

    Onboards capabilities(Provider provider) {
        ProviderConnector connector;
        try {
            connector = connectors.connector(provider);
        } catch (RuntimeException e) {
            return Onboards.NOTHING; // credentials incomplete or unreadable
        }
        return Onboards.by(connector);
    }

    /** The answer to "first registration with this provider?" becomes a path the provider can actually take. */
    OnboardingPath pathFor(Provider provider, boolean firstRegistration) {
        Onboards can = capabilities(provider);
        if (firstRegistration && can.createTenant()) {
            return OnboardingPath.NEW_TENANT;
        }
        if (!firstRegistration && can.sendInvitation()) {
            return OnboardingPath.INVITATION;
        }
        return OnboardingPath.MANUAL;
    }

    static String manualPath(String providerName) {
        return "Create (or transfer) the customer's tenant in " + providerName + "'s own portal, then run "
                + "\"Sync provider accounts\" for " + providerName + " and map the new provider account to this customer.";
    }

    private ProviderOption option(Provider provider) {
        Onboards can = capabilities(provider);
        String note;
        if (can.createTenant() && can.sendInvitation()) {
            note = "Creates new tenants, and mails reseller invitations to customers that already have one.";
        } else if (can.createTenant()) {
            note = "Creates new tenants. For a customer that already has a tenant: " + manualPath(provider.name());
        } else {
            note = "Cannot create tenants or send invitations through its API. " + manualPath(provider.name());
        }
        return new ProviderOption(String.valueOf(provider.id()), provider.name(), can.createTenant(),
                can.sendInvitation(), note);
    }
}
