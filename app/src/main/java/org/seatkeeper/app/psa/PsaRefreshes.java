package org.seatkeeper.app.psa;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.seatkeeper.batch.jobs.JobRefusedException;
import org.seatkeeper.batch.jobs.JobRequest;
import org.seatkeeper.batch.jobs.JobRunner;
import org.seatkeeper.batch.jobs.JobStart;
import org.seatkeeper.batch.psa.PsaRefreshJobConfiguration;
import org.seatkeeper.db.Transactions;
import org.seatkeeper.db.audit.AuditAction;
import org.seatkeeper.db.audit.AuditEntity;
import org.seatkeeper.db.audit.AuditLog;
import org.seatkeeper.db.psa.PsaConnectionRepository;
import org.seatkeeper.db.settings.SettingsRepository;

/**
 * Starts "Refresh PSA data" for the reseller's business day. Public so the nightly run can start it too (refresh →
 * license usage → PSA sync, after the subscription sync): that hook is for the owner of {@code NightlySchedule}.
 */
public final class PsaRefreshes {

    private final JobRunner runner;
    private final PsaConnectionRepository connections;
    private final SettingsRepository settings;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    PsaRefreshes(JobRunner runner, PsaConnectionRepository connections, SettingsRepository settings, AuditLog audit,
                 Transactions transactions, Clock clock) {
        this.runner = runner;
        this.connections = connections;
        this.settings = settings;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @throws JobRefusedException when no PSA is connected or a refresh is running */
    public JobStart startNow(String username) {
        if (connections.find().isEmpty()) {
            throw new JobRefusedException("Save the PSA connection first: there is nothing to refresh from yet.");
        }
        JobStart start = runner.start(PsaRefreshJobConfiguration.JOB_NAME, JobRequest.manual(null, businessDate(), username));
        transactions.run(() -> audit.record(username, AuditAction.START, AuditEntity.JOB, start.executionId(),
                "Refresh PSA data started by hand (run " + start.run() + (start.restart() ? ", resuming the failed run" : "") + ")"));
        return start;
    }

    /** The nightly run's start; refused when the day's run already completed or no PSA is connected. */
    public JobStart startScheduled() {
        if (connections.find().isEmpty()) {
            throw new JobRefusedException("No PSA is connected.");
        }
        return runner.start(PsaRefreshJobConfiguration.JOB_NAME, JobRequest.scheduled(null, businessDate()));
    }

    private LocalDate businessDate() {
        return LocalDate.now(clock.withZone(ZoneId.of(settings.load().timeZone())));
    }
}
