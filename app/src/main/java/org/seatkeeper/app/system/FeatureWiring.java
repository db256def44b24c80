package org.seatkeeper.app.system;

import java.util.List;
import org.seatkeeper.app.accounts.AccountsWiring;
import org.seatkeeper.app.customers.CustomerService;
import org.seatkeeper.app.customers.CustomersWiring;
import org.seatkeeper.app.jobs.JobsEngine;
import org.seatkeeper.app.jobs.JobsWiring;
import org.seatkeeper.app.jobs.NightlySchedule;
import org.seatkeeper.app.providers.ProvidersWiring;

/**
 * The product's feature areas, wired in menu order. Each feature adds its servlets, menu entry and dashboard
 * figures here; features that run in the background add what must be stopped on shutdown to {@code closeables}.
 */
final class FeatureWiring {

    private FeatureWiring() {
    }

    /** What later parts of start-up need from the features: the jobs engine and the nightly schedule. */
    record Features(JobsEngine jobs, NightlySchedule nightly) {
    }

    static Features register(AppContext app, List<AutoCloseable> closeables) {
        // feature areas are added here as they land
        // the jobs engine comes first (providers start jobs) but its menu entry comes last
        JobsEngine jobs = JobsWiring.engine(app, closeables);
        CustomerService customers = CustomersWiring.register(app);
        AccountsWiring.register(app, customers);
        ProvidersWiring.register(app, jobs);
        org.seatkeeper.batch.onboarding.InvitationAcceptance invitationAcceptance = org.seatkeeper.app.onboarding.OnboardingWiring.register(app);
        // a provider account sync that sees an invited tenant appear marks the invitation accepted and maps it
        jobs.addNewAccountsListener(invitationAcceptance);
        org.seatkeeper.app.agreements.AgreementsWiring.register(app);
        org.seatkeeper.app.reports.NightlyReconciliation reconciliation = org.seatkeeper.app.reports.ReportsWiring.register(app, jobs, org.seatkeeper.app.mismatch.MismatchWiring.register(app, closeables), closeables);
        org.seatkeeper.app.contracts.NightlySubscriptionSync subscriptionSync = org.seatkeeper.app.contracts.ContractsWiring.register(app, closeables);
        org.seatkeeper.app.subscriptions.SubscriptionsWiring.register(app);
        org.seatkeeper.app.catalog.CatalogWiring.register(app);
        NightlySchedule nightly = JobsWiring.register(app, jobs, closeables);
        // after the night's account syncs: reconciliation, then the morning report
        nightly.thenRun("subscription sync", subscriptionSync::runAfterSyncs);
        nightly.thenRun("reconciliation and morning report", reconciliation::runAfterSyncs);
        return new Features(jobs, nightly);
    }

    /** Settings were saved: features that depend on them (the nightly schedule) pick them up. */
    static void onSettingsChanged(AppContext app, Features features) {
        features.nightly().reschedule();
    }
}
