package org.seatkeeper.app.usage;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.seatkeeper.batch.jobs.JobRefusedException;
import org.seatkeeper.batch.jobs.JobRequest;
import org.seatkeeper.batch.jobs.JobRunner;
import org.seatkeeper.batch.jobs.JobStart;
import org.seatkeeper.batch.usage.LicenseUsageJobConfiguration;
import org.seatkeeper.batch.usage.LicenseUsageRuns;
import org.seatkeeper.db.Transactions;
import org.seatkeeper.db.audit.AuditAction;
import org.seatkeeper.db.audit.AuditEntity;
import org.seatkeeper.db.audit.AuditLog;
import org.seatkeeper.db.settings.SettingsRepository;

/**
 * Starts the license usage job for the reseller's business day: for one customer ("Refresh" on its Licenses tab) or
 * for every linked customer. Public so the nightly run can start it after "Refresh PSA data" (for the owner of
 * {@code NightlySchedule}).
 */
public final class LicenseUsageStarts {

    private final JobRunner runner;
    private final LicenseUsageRuns customerRuns;
    private final SettingsRepository settings;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    LicenseUsageStarts(JobRunner runner, LicenseUsageRuns customerRuns, SettingsRepository settings, AuditLog audit,
                       Transactions transactions, Clock clock) {
        this.runner = runner;
        this.customerRuns = customerRuns;
        this.settings = settings;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @throws JobRefusedException while a license usage run is running */
    JobStart forCustomer(long customerId, String username) {
        JobStart start = customerRuns.startForCustomer(customerId, businessDate(), username);
        transactions.run(() -> audit.record(username, AuditAction.START, AuditEntity.JOB, start.executionId(),
                "License usage of customer #" + customerId + " read by hand (run " + start.run() + ")"));
        return start;
    }

    /** @throws JobRefusedException while a license usage run is running */
    JobStart forEveryone(String username) {
        JobStart start = runner.start(LicenseUsageJobConfiguration.JOB_NAME, JobRequest.manual(null, businessDate(), username));
        transactions.run(() -> audit.record(username, AuditAction.START, AuditEntity.JOB, start.executionId(),
                "License usage of every linked customer read by hand (run " + start.run() + ")"));
        return start;
    }

    /** The nightly run's start; refused when the day's run already completed or one is running. */
    public JobStart scheduled() {
        return runner.start(LicenseUsageJobConfiguration.JOB_NAME, JobRequest.scheduled(null, businessDate()));
    }

    boolean runningFor(long customerId) {
        return customerRuns.latest(customerId).map(e -> e.isRunning()).orElse(false);
    }

    private LocalDate businessDate() {
        return LocalDate.now(clock.withZone(ZoneId.of(settings.load().timeZone())));
    }
}
