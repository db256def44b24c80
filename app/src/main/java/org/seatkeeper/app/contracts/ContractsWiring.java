package org.seatkeeper.app.contracts;

import java.util.List;
import org.seatkeeper.app.customers.PathRoutes;
import org.seatkeeper.app.dashboard.DashboardCard;
import org.seatkeeper.app.system.AppContext;
import org.seatkeeper.app.web.NotFoundServlet;
import org.seatkeeper.batch.jobs.BatchInfrastructure;
import org.seatkeeper.batch.jobs.JobRunner;
import org.seatkeeper.batch.providers.ConnectorFactory;
import org.seatkeeper.batch.providers.CredentialsCodec;
import org.seatkeeper.batch.subscriptions.SubscriptionSyncJobConfiguration;
import org.seatkeeper.batch.subscriptions.SubscriptionSyncRuns;
import org.seatkeeper.batch.subscriptions.SubscriptionSyncSettings;
import org.seatkeeper.db.billingviews.BillingViews;
import org.seatkeeper.db.contracts.BillingContractRepository;
import org.seatkeeper.db.customers.CustomerRepository;
import org.seatkeeper.db.providers.ProviderRepository;
import org.seatkeeper.db.subscriptionsync.HeldSubscriptionRepository;

/**
 * Billing contracts: list, create from a customer, edit, the contract page with its health check, and "Sync
 * subscriptions" on one contract, and the night's subscription sync. Until the jobs engine exposes its
 * BatchInfrastructure, these runs use their own (same job repository tables, so the jobs page lists them; restarting
 * one from the jobs page needs the job registered with the engine's runner too).
 */
public final class ContractsWiring {

    private ContractsWiring() {
    }

    /** @return the night's subscription sync, for the nightly chain (after the account syncs, before reconciliation) */
    public static NightlySubscriptionSync register(AppContext app, List<AutoCloseable> closeables) {
        var dsl = app.database().dsl();
        var clock = app.clock();
        BillingContractRepository contracts = new BillingContractRepository(dsl, clock);
        CustomerRepository customers = new CustomerRepository(dsl);
        BatchInfrastructure batch = new BatchInfrastructure(app.database().dataSource(),
                app.database().transactionManager(), 2);
        closeables.add(batch);
        ConnectorFactory connectors = new ConnectorFactory(new ProviderRepository(dsl),
                new CredentialsCodec(app.secrets()), app.database().transactionManager(), null, clock);
        SubscriptionSyncJobConfiguration job = new SubscriptionSyncJobConfiguration(batch, app.database(), connectors,
                SubscriptionSyncSettings.defaults(), clock);
        ContractSyncs syncs = new ContractSyncs(new SubscriptionSyncRuns(batch, job), clock);
        JobRunner runner = new JobRunner(batch);
        job.registerWith(runner);
        runner.recoverInterrupted();
        ContractService service = new ContractService(contracts, app.audit(), app.database().transactions());
        ContractFormServlet form = new ContractFormServlet(app.pages(), service, contracts, customers, clock);
        ContractView view = new ContractView(new BillingViews(dsl), customers);
        app.web().route("/contracts", new ContractsServlet(app.pages(), contracts))
                .route("/contracts/*", new PathRoutes(new NotFoundServlet(app.pages()))
                        .add("/contracts/new", form)
                        .add("/contracts/[0-9]+", new ContractServlet(app.pages(), contracts, view, syncs))
                        .add("/contracts/[0-9]+/edit", form)
                        .add("/contracts/[0-9]+/sync", new ContractSyncServlet(app.pages(), contracts, syncs,
                                app.audit())));
        app.navigation().add("contracts", "Contracts", "/contracts", () -> contracts.count(null, true));
        HeldSubscriptionRepository held = new HeldSubscriptionRepository(dsl);
        app.dashboard().addCard(() -> {
            int count = held.count();
            return new DashboardCard("Held subscriptions", String.valueOf(count), count == 0
                    ? "none: every synced account is mapped" : "on " + held.countAccounts()
                    + " unmapped provider accounts: map them to bill these", "/provider-accounts?filter=unmapped",
                    count > 0);
        });
        return new NightlySubscriptionSync(runner);
    }
}
