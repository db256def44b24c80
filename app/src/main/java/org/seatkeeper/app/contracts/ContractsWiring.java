package org.seatkeeper.app.contracts;

import org.seatkeeper.app.context.AppContext;
import org.seatkeeper.app.jobs.JobsEngine;
import org.seatkeeper.app.pricing.PricingWiring;
import org.seatkeeper.app.web.DashboardCard;
import org.seatkeeper.app.web.NotFoundServlet;
import org.seatkeeper.app.web.PathRoutes;
import org.seatkeeper.batch.jobs.JobRunner;
import org.seatkeeper.batch.subscriptionsync.SubscriptionSyncJobConfiguration;
import org.seatkeeper.batch.subscriptionsync.SubscriptionSyncRuns;
import org.seatkeeper.batch.subscriptionsync.SubscriptionSyncSettings;
import org.seatkeeper.billing.billingrun.BillingPreview;
import org.seatkeeper.db.invoices.BillingInputRepository;
import org.seatkeeper.db.invoices.InvoiceRepository;
import org.seatkeeper.db.contracts.BillingContractRepository;
import org.seatkeeper.db.contracts.BillingViews;
import org.seatkeeper.db.customers.CustomerRepository;
import org.seatkeeper.db.subscriptionsync.HeldSubscriptionRepository;

/**
 * Billing contracts: list, create from a customer, edit, the contract page with its health check, "Sync
 * subscriptions" on one contract, and the subscription sync job itself, on the shared jobs engine.
 */
public final class ContractsWiring {

    private ContractsWiring() {
    }

    /** The night's run of the subscription sync is chained by name ({@code FeatureWiring}, {@code NightlySchedule}). */
    public static void register(AppContext app, JobsEngine jobs) {
        var dsl = app.database().dsl();
        var clock = app.clock();
        BillingContractRepository contracts = new BillingContractRepository(dsl, clock);
        CustomerRepository customers = new CustomerRepository(dsl);
        SubscriptionSyncJobConfiguration job = new SubscriptionSyncJobConfiguration(jobs.batch(), app.database(),
                jobs.connectors(), SubscriptionSyncSettings.defaults(), clock);
        ContractSyncs syncs = new ContractSyncs(new SubscriptionSyncRuns(jobs.batch(), job), clock);
        JobRunner runner = jobs.runner();
        job.registerWith(runner);
        ContractService service = new ContractService(contracts, app.audit(), app.database().transactions());
        ContractFormServlet form = new ContractFormServlet(app.pages(), service, contracts, customers, clock,
                new org.seatkeeper.db.contracts.ContractCurrencyDefault(dsl));
        ContractView view = new ContractView(new BillingViews(dsl), customers, app.clock(), new ContractInvoiceFacts(
                new InvoiceRepository(dsl, app.clock()), new BillingPreview(new BillingInputRepository(dsl)),
                app.database().transactions(), app.clock()));
        PricingWiring pricing = new PricingWiring(app);
        app.web().route("/contracts", new ContractsServlet(app.pages(), contracts))
                .route("/contracts/*", new PathRoutes(new NotFoundServlet(app.pages()))
                        .add("/contracts/new", form)
                        .add("/contracts/[0-9]+", new ContractServlet(app.pages(), contracts, view, syncs,
                                pricing::summary))
                        .add("/contracts/[0-9]+/pricing", pricing.contractPricing())
                        .add("/contracts/[0-9]+/edit", form)
                        .add("/contracts/[0-9]+/sync", new ContractSyncServlet(app.pages(), contracts, syncs,
                                app.audit())));
        app.navigation().add("contracts", "Contracts", "/contracts", () -> contracts.count(null, true));
        HeldSubscriptionRepository held = new HeldSubscriptionRepository(dsl);
        app.dashboard().addCard(() -> {
            int count = held.count();
            return new DashboardCard("Held subscriptions", String.valueOf(count), count == 0
                    ? "none: no synced subscription waits for its account to be mapped" : "on " + held.countAccounts()
                    + " unmapped provider accounts: map them to bill these", "/provider-accounts?filter=unmapped",
                    count > 0);
        });
    }
}
