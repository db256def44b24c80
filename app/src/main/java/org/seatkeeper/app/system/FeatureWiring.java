package org.seatkeeper.app.system;

import java.time.Duration;
import java.util.List;
import org.seatkeeper.app.accounts.AccountsWiring;
import org.seatkeeper.app.agreements.AgreementsWiring;
import org.seatkeeper.app.backup.BackupWiring;
import org.seatkeeper.app.backup.NightlyBackup;
import org.seatkeeper.app.catalog.CatalogWiring;
import org.seatkeeper.app.context.AppContext;
import org.seatkeeper.app.contracts.ContractsWiring;
import org.seatkeeper.app.customers.CustomerService;
import org.seatkeeper.app.customers.CustomersWiring;
import org.seatkeeper.app.jobs.JobsEngine;
import org.seatkeeper.app.notifications.ClosingWindowNotices;
import org.seatkeeper.app.jobs.JobsWiring;
import org.seatkeeper.app.jobs.NightlySchedule;
import org.seatkeeper.app.invoices.InvoicesWiring;
import org.seatkeeper.app.mismatch.MismatchWiring;
import org.seatkeeper.app.onboarding.OnboardingWiring;
import org.seatkeeper.app.providers.ProvidersWiring;
import org.seatkeeper.app.psa.PsaRefreshes;
import org.seatkeeper.app.psa.PsaWiring;
import org.seatkeeper.app.psabilling.PsaBillingWiring;
import org.seatkeeper.app.psasync.PsaSyncWiring;
import org.seatkeeper.app.psasync.PsaSyncs;
import org.seatkeeper.db.notifications.CancellationWindowNotifications;
import org.seatkeeper.db.settings.SettingsRepository;
import org.seatkeeper.batch.psasync.PsaLicenseSyncJobConfiguration;
import org.seatkeeper.app.psacompanies.PsaCompaniesWiring;
import org.seatkeeper.app.renewals.RenewalsWiring;
import org.seatkeeper.app.reports.MorningReports;
import org.seatkeeper.app.reports.ReportsWiring;
import org.seatkeeper.app.subscriptions.SubscriptionsWiring;
import org.seatkeeper.app.usage.UsageWiring;
import org.seatkeeper.batch.psa.PsaRefreshJobConfiguration;
import org.seatkeeper.batch.usage.LicenseUsageJobConfiguration;
import org.seatkeeper.batch.mismatch.MismatchJobConfiguration;
import org.seatkeeper.batch.onboarding.InvitationAcceptance;
import org.seatkeeper.batch.subscriptionsync.SubscriptionSyncJobConfiguration;

/**
 * The product's feature areas, wired in menu order. Each feature adds its servlets, menu entry and dashboard
 * figures here; features that run in the background add what must be stopped on shutdown to {@code closeables}.
 */
final class FeatureWiring {

    private FeatureWiring() {
    }

    /** What later parts of start-up need from the features: the jobs engine, the nightly schedule, the reports, the nightly backup. */
    record Features(JobsEngine jobs, NightlySchedule nightly, MorningReports morningReports, NightlyBackup backup) {
    }

    static Features register(AppContext app, List<AutoCloseable> closeables) {
        // the jobs engine comes first (features register their jobs with it) but its menu entry comes last
        JobsEngine jobs = JobsWiring.engine(app, closeables);
        // tenant licenses (#17): the customer page's Licenses tab, /licenses, SKU mappings, the license usage job
        UsageWiring.Usage usage = UsageWiring.register(app, jobs);
        // a customer's ConnectWise company and contact sync (#17)
        PsaCompaniesWiring.PsaCompanies psaCompanies = PsaCompaniesWiring.register(app);
        // billing profiles and license links (#17); its routes join the Licenses tab's before the customers mount them
        PsaBillingWiring.register(app, usage.customerLicenses());
        // the daily PSA sync (#17): its preview, "Sync now", take-over and cut-over, on the same routes
        PsaSyncs psaSyncs = PsaSyncWiring.register(app, jobs, usage.customerLicenses());
        CustomerService customers = CustomersWiring.register(app, usage.customerLicenses(), psaCompanies.customerTab(),
                psaCompanies.contactSaved());
        AccountsWiring.register(app, customers);
        ProvidersWiring.register(app, jobs);
        // Settings → PSA and "Refresh PSA data"
        PsaRefreshes psaRefreshes = PsaWiring.register(app, jobs);
        InvitationAcceptance invitationAcceptance = OnboardingWiring.register(app, jobs);
        // a provider account sync that sees an invited tenant appear marks the invitation accepted and maps it
        jobs.addNewAccountsListener(invitationAcceptance);
        AgreementsWiring.register(app);
        MismatchWiring.register(app, jobs);
        MorningReports morningReports = ReportsWiring.register(app, jobs, closeables);
        ContractsWiring.register(app, jobs);
        SubscriptionsWiring.register(app);
        CatalogWiring.register(app);
        // the billing run (#18): preview, finalize, invoices and credit notes
        InvoicesWiring.register(app);
        // the renewals calendar (#20): what renews in the next 90 days, week by week
        RenewalsWiring.register(app);
        UsageWiring.addMenu(app);
        PsaCompaniesWiring.addMenu(app);
        NightlySchedule nightly = JobsWiring.register(app, jobs, morningReports::sendNowByHand);
        // every job is registered now: runs a crash left "running" can be marked failed (and restarted by a person)
        jobs.recoverInterrupted();
        // the night, after every provider's account sync: subscriptions, then reconciliation, each only once the one
        // before completed (a failed step stops the chain until it is restarted to completion), then the morning
        // report in any case (it says what failed and what it could not check). The report reads this order too.
        // The PSA's data and the tenants' licenses come after the subscriptions (the license overview puts them side by
        // side), then the PSA sync writes the links' quantities from both, all before the reconciliation (whose PSA
        // check reads what the sync saw); without a PSA connected, a tenant or a link, each is passed over.
        nightly.thenRun("subscription sync", SubscriptionSyncJobConfiguration.JOB_NAME, Duration.ofHours(2))
                .thenRunIf("PSA data refresh", PsaRefreshJobConfiguration.JOB_NAME, Duration.ofMinutes(30), psaRefreshes::connected)
                .thenRunIf("license usage", LicenseUsageJobConfiguration.JOB_NAME, Duration.ofHours(1), usage.anyTenantLinked())
                .thenRunIf("PSA license sync", PsaLicenseSyncJobConfiguration.JOB_NAME, Duration.ofHours(2), psaSyncs::anythingToSync)
                .thenRun("reconciliation", MismatchJobConfiguration.JOB_NAME, Duration.ofMinutes(30))
                .atTheEnd(new ClosingWindowNotices(new CancellationWindowNotifications(app.database().dsl()),
                        new SettingsRepository(app.database().dsl()), app.clock())::raiseQuietly)
                .atTheEnd(morningReports::sendIfDueQuietly);
        NightlyBackup backup = BackupWiring.register(app, closeables);
        return new Features(jobs, nightly, morningReports, backup);
    }

    /** Settings were saved: features that depend on them (the nightly schedule) pick them up. */
    static void onSettingsChanged(AppContext app, Features features) {
        features.nightly().reschedule();
        features.backup().reschedule();
    }
}
