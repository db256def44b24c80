package org.seatkeeper.app.jobs;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.seatkeeper.batch.accounts.ProviderAccountSyncJobConfiguration;
import org.seatkeeper.batch.jobs.JobRefusedException;
import org.seatkeeper.batch.jobs.JobRequest;
import org.seatkeeper.batch.jobs.JobRunner;
import org.seatkeeper.batch.jobs.JobStart;
import org.seatkeeper.db.Transactions;
import org.seatkeeper.db.audit.AuditAction;
import org.seatkeeper.db.audit.AuditEntity;
import org.seatkeeper.db.audit.AuditLog;
import org.seatkeeper.db.providers.Provider;
import org.seatkeeper.db.providers.ProviderRepository;
import org.seatkeeper.db.settings.SettingsRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts provider account syncs: one by hand (provider and jobs pages) or all of them (the nightly schedule). */
public final class AccountSyncs {

    public static final String JOB_NAME = ProviderAccountSyncJobConfiguration.JOB_NAME;
    private static final Logger LOG = LoggerFactory.getLogger(AccountSyncs.class);

    private final JobRunner runner;
    private final ProviderRepository providers;
    private final SettingsRepository settings;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    AccountSyncs(JobRunner runner, ProviderRepository providers, SettingsRepository settings, AuditLog audit,
                 Transactions transactions, Clock clock) {
        this.runner = runner;
        this.providers = providers;
        this.settings = settings;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Starts the sync of one automatic, enabled provider now.
     *
     * @throws JobRefusedException when it cannot start (already running, provider not syncable); the message says why
     */
    public JobStart startNow(long providerId, String username) {
        Provider provider = providers.find(providerId).orElseThrow(() -> new JobRefusedException("There is no provider " + providerId + "."));
        if (!provider.automatic() || !provider.enabled()) {
            throw new JobRefusedException(provider.name() + " is " + (provider.enabled() ? "not automatic" : "disabled")
                    + ": only enabled automatic providers are synced.");
        }
        JobStart start = runner.start(JOB_NAME, JobRequest.manual(providerId, businessDate(), username));
        transactions.run(() -> audit.record(username, AuditAction.START, AuditEntity.JOB, start.executionId(),
                "Provider account sync of " + provider.name() + " started by hand (run " + start.run()
                        + (start.restart() ? ", resuming the failed run" : "") + ")"));
        return start;
    }

    /** The nightly run: every enabled automatic provider; one that is still running or already done is skipped. */
    public List<Long> startAllScheduled() {
        LocalDate date = businessDate();
        List<Long> started = new ArrayList<>();
        for (Provider provider : providers.listSyncable()) {
            try {
                started.add(runner.start(JOB_NAME, JobRequest.scheduled(provider.id(), date)).executionId());
            } catch (JobRefusedException e) {
                LOG.info("Nightly sync of {} not started: {}", provider.name(), e.getMessage());
            }
        }
        return started;
    }

    /** The business date is the reseller's calendar day, in the time zone of the settings. */
    LocalDate businessDate() {
        return LocalDate.now(clock.withZone(ZoneId.of(settings.load().timeZone())));
    }
}
