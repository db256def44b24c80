package org.seatkeeper.app.onboarding;

import java.time.Clock;
import org.jooq.DSLContext;
import org.seatkeeper.app.context.AppContext;
import org.seatkeeper.app.contracts.ContractService;
import org.seatkeeper.app.jobs.JobsEngine;
import org.seatkeeper.app.web.DashboardCard;
import org.seatkeeper.batch.onboarding.InvitationAcceptance;
import org.seatkeeper.billing.pricing.SubscriptionPricing;
import org.seatkeeper.billing.subscriptions.LicenseLedger;
import org.seatkeeper.db.Transactions;
import org.seatkeeper.db.accounts.AccountMappings;
import org.seatkeeper.db.agreements.AgreementAcceptanceRepository;
import org.seatkeeper.db.agreements.AgreementTemplateRepository;
import org.seatkeeper.db.catalog.ProductRepository;
import org.seatkeeper.db.contracts.BillingContractRepository;
import org.seatkeeper.db.customers.ContactRepository;
import org.seatkeeper.db.customers.CustomerRepository;
import org.seatkeeper.db.mail.OutboxRepository;
import org.seatkeeper.db.notifications.NotificationRepository;
import org.seatkeeper.db.onboarding.InvitationRepository;
import org.seatkeeper.db.onboarding.OnboardingRepository;
import org.seatkeeper.db.onboarding.ProvisionedAccounts;
import org.seatkeeper.db.pricing.PriceRuleRepository;
import org.seatkeeper.db.pricing.SubscriptionPrices;
import org.seatkeeper.db.providers.ProviderRepository;
import org.seatkeeper.db.settings.SettingsRepository;
import org.seatkeeper.db.subscriptions.LicenseChangeRepository;
import org.seatkeeper.db.subscriptions.SubscriptionRepository;

/**
 * Customer onboarding (seed 002): the guided flow, the pipeline page and the follow-up list. Talks to providers
 * through the jobs engine's connectors. Returns the provider account sync's listener that accepts invitations
 * ({@code FeatureWiring} registers it with the jobs engine).
 */
public final class OnboardingWiring {

    private OnboardingWiring() {
    }

    public static InvitationAcceptance register(AppContext app, JobsEngine jobs) {
        DSLContext dsl = app.database().dsl();
        Transactions tx = app.database().transactions();
        Clock clock = app.clock();
        var pages = app.pages();
        OnboardingRepository onboardings = new OnboardingRepository(dsl);
        InvitationRepository invitations = new InvitationRepository(dsl);
        ProviderRepository providers = new ProviderRepository(dsl);
        CustomerRepository customers = new CustomerRepository(dsl);
        ContactRepository contacts = new ContactRepository(dsl);
        AccountMappings mappings = new AccountMappings(dsl);
        ProvisionedAccounts provisioned = new ProvisionedAccounts(dsl);
        ConnectorSource connectors = jobs.connectors()::create;
        Flows flows = new Flows(onboardings, providers);
        InvitationDrafts drafts = new InvitationDrafts(connectors, customers, contacts, new SettingsRepository(dsl));
        Invitations sending = new Invitations(invitations, onboardings, new OutboxRepository(dsl), app.mail(), app.audit(),
                tx, clock);
        TenantPages tenantPages = new TenantPages(customers, drafts, new AgreementTemplateRepository(dsl), clock);
        ProvisioningCompletion completion = new ProvisioningCompletion(connectors, new AgreementAcceptanceRepository(dsl),
                provisioned, mappings, onboardings, app.audit(), tx, clock);
        LicenseLedger ledger = new LicenseLedger(new SubscriptionRepository(dsl, clock),
                new LicenseChangeRepository(dsl, clock), app.audit());
        SubscriptionStep subscriptions = new SubscriptionStep(new BillingContractRepository(dsl, clock),
                new ProductRepository(dsl, clock), new SubscriptionRepository(dsl, clock), providers, ledger,
                new SubscriptionPricing(new PriceRuleRepository(dsl, clock), new SubscriptionPrices(dsl),
                        new LicenseChangeRepository(dsl, clock)), tx);

        app.web().route("/onboarding", new PipelineServlet(pages, onboardings, invitations, clock))
                .route("/onboarding/new", new OnboardingStartServlet(pages,
                        new CustomerStep(customers, contacts, onboardings, app.audit(), tx, clock), customers))
                .route("/onboarding/follow-up", new FollowUpDaysServlet(pages, onboardings, app.audit(), tx))
                .route("/onboarding/flow/*", new OnboardingFlowServlet(pages, flows, new FlowPages(invitations)))
                .route("/onboarding/provider/*", new ProviderStepServlet(pages, flows,
                        new ProviderChoices(providers, connectors), onboardings, app.audit(), tx, clock))
                .route("/onboarding/invitation/*", new InvitationStepServlet(pages, flows, drafts, sending))
                .route("/onboarding/resend/*", new InvitationResendServlet(pages, invitations, sending))
                .route("/onboarding/tenant/*", new TenantStepServlet(pages, flows, tenantPages,
                        new TenantChecks(connectors), new TenantProvisioning(connectors, onboardings, app.secrets(),
                                app.audit(), tx, clock), completion))
                .route("/onboarding/credentials/*", new CredentialsServlet(pages, flows,
                        new TenantCredentials(onboardings, app.secrets(), app.audit(), tx, clock)))
                .route("/onboarding/contract/*", new ContractStepServlet(pages, flows,
                        new ContractStep(new ContractService(new BillingContractRepository(dsl, clock),
                                app.audit(), tx), onboardings, tx, clock)))
                .route("/onboarding/subscriptions/*", new SubscriptionStepServlet(pages, flows, subscriptions, clock));
        app.navigation().add("onboarding", "Onboarding", "/onboarding", onboardings::countUnfinished);
        app.dashboard().addCard(() -> {
            int open = onboardings.countUnfinished();
            return new DashboardCard("Onboarding in progress", String.valueOf(open),
                    open == 0 ? "Every customer is fully onboarded." : "Customers without a billing contract yet.",
                    "/onboarding", open > 0);
        });
        return new InvitationAcceptance(invitations, onboardings, mappings, provisioned,
                new NotificationRepository(dsl), app.audit(), clock);
    }

    /** Onboarding's first steps without the pages (the demo book's onboardings in progress). */
    public static OnboardingStarts starts(AppContext app, JobsEngine jobs) {
        DSLContext dsl = app.database().dsl();
        Transactions tx = app.database().transactions();
        OnboardingRepository onboardings = new OnboardingRepository(dsl);
        CustomerRepository customers = new CustomerRepository(dsl);
        ContactRepository contacts = new ContactRepository(dsl);
        ConnectorSource connectors = jobs.connectors()::create;
        return new OnboardingStarts(new CustomerStep(customers, contacts, onboardings, app.audit(), tx, app.clock()),
                onboardings, contacts, new Flows(onboardings, new ProviderRepository(dsl)),
                new InvitationDrafts(connectors, customers, contacts, new SettingsRepository(dsl)),
                new Invitations(new InvitationRepository(dsl), onboardings, new OutboxRepository(dsl), app.mail(), app.audit(),
                        tx, app.clock()), app.audit(), tx, app.clock());
    }
}
