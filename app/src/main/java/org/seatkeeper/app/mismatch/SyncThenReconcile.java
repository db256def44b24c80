package org.seatkeeper.app.mismatch;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.seatkeeper.batch.jobs.JobHistory;
import org.seatkeeper.batch.jobs.JobRefusedException;
import org.seatkeeper.batch.jobs.JobRequest;
import org.seatkeeper.batch.jobs.JobRun;
import org.seatkeeper.batch.jobs.JobRunner;
import org.seatkeeper.batch.jobs.JobStart;
import org.seatkeeper.batch.mismatch.MismatchRun;
import org.seatkeeper.batch.subscriptionsync.SubscriptionSyncJobConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Run reconciliation now" with "sync first": the subscription sync of every mapped account of the automatic providers
 * (the night's sync, started by a person), then, once it has completed, the reconciliation, so the provider-vs-Seatkeeper
 * checks compare with the provider as it is now. Both show their progress on the jobs page. A sync that does not
 * complete starts no reconciliation (it would compare half a sync); the jobs page says why it failed.
 */
final class SyncThenReconcile {

    private static final Logger LOG = LoggerFactory.getLogger(SyncThenReconcile.class);

    private final JobRunner runner;
    private final JobHistory history;
    private final MismatchRun reconciliation;
    /** The syncs started this way that have not finished yet, and who asked for them. */
    private final Map<Long, String> pending = new ConcurrentHashMap<>();

    SyncThenReconcile(JobRunner runner, JobHistory history, MismatchRun reconciliation) {
        this.runner = runner;
        this.history = history;
        this.reconciliation = reconciliation;
        runner.whenAnyExecutionFinished(this::afterSync);
    }

    /**
     * Starts the sync; the reconciliation follows it. Refused, as the night would wait, while a reconciliation or a
     * subscription sync (the night's or a contract's) runs.
     */
    JobStart start(LocalDate businessDate, String username) {
        if (reconciliation.isRunning()) {
            throw new JobRefusedException("A reconciliation is running already. Wait for it to finish (the jobs page"
                    + " shows its progress), then run it again.");
        }
        if (runner.isRunning(SubscriptionSyncJobConfiguration.JOB_NAME)) {
            throw new JobRefusedException("A subscription sync is running already (the night's or a contract's). Wait"
                    + " for it to finish, then run the reconciliation.");
        }
        synchronized (pending) {
            JobStart sync = runner.start(SubscriptionSyncJobConfiguration.JOB_NAME,
                    JobRequest.manual(null, businessDate, username));
            pending.put(sync.executionId(), businessDate + " " + username);
            return sync;
        }
    }

    /** On the finished job's thread: a sync started here that completed starts its reconciliation. */
    private void afterSync(long executionId) {
        String request;
        synchronized (pending) {
            request = pending.remove(executionId);
        }
        if (request == null) {
            return;
        }
        boolean completed = history.find(executionId).map(JobRun::status).filter("COMPLETED"::equals).isPresent();
        if (!completed) {
            LOG.warn("The subscription sync #{} before a reconciliation did not complete; the reconciliation was not started",
                    executionId);
            return;
        }
        String[] parts = request.split(" ", 2);
        try {
            reconciliation.startNow(LocalDate.parse(parts[0]), parts[1]);
        } catch (JobRefusedException e) {
            LOG.warn("The reconciliation after subscription sync #{} did not start: {}", executionId, e.getMessage());
        }
    }
}
