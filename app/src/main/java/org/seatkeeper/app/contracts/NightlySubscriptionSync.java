package org.seatkeeper.app.contracts;

import java.time.Duration;
import java.time.LocalDate;
import org.seatkeeper.batch.jobs.JobRefusedException;
import org.seatkeeper.batch.jobs.JobRequest;
import org.seatkeeper.batch.jobs.JobRunner;
import org.seatkeeper.batch.subscriptions.SubscriptionSyncJobConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;

/**
 * The night's subscription sync, chained after the provider account syncs and before reconciliation: one run over
 * every automatic provider's accounts for the business date, waited for (bounded) so reconciliation sees tonight's
 * subscriptions. A failed night is restarted by starting the same date again. Never throws: the night goes on.
 */
public final class NightlySubscriptionSync {

    private static final Logger LOG = LoggerFactory.getLogger(NightlySubscriptionSync.class);
    private static final Duration WAIT = Duration.ofHours(2);

    private final JobRunner runner;

    NightlySubscriptionSync(JobRunner runner) {
        this.runner = runner;
    }

    public void runAfterSyncs(LocalDate businessDate) {
        try {
            // a contract's "Sync subscriptions" started by someone at night is waited for, not a reason to skip
            long id = runner.startWhenFree(SubscriptionSyncJobConfiguration.JOB_NAME,
                    JobRequest.scheduled(null, businessDate), WAIT).executionId();
            BatchStatus status = runner.awaitCompletion(id, WAIT);
            LOG.info("Nightly subscription sync of {} ended {}", businessDate, status);
        } catch (JobRefusedException e) {
            LOG.info("Nightly subscription sync of {} not started: {}", businessDate, e.getMessage());
        }
    }
}
