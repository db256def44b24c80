package org.seatkeeper.batch.subscriptionsync;

import java.time.LocalDate;
import java.util.Objects;
import org.seatkeeper.batch.jobs.BatchInfrastructure;
import org.seatkeeper.batch.jobs.JobParametersFor;
import org.seatkeeper.batch.jobs.JobRefusedException;
import org.seatkeeper.batch.jobs.JobRequest;
import org.seatkeeper.batch.jobs.JobStart;
import org.seatkeeper.batch.jobs.ScopedRuns;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;

/**
 * "Sync subscriptions" on one billing contract: the same job limited to that contract's accounts, identified by
 * (contract, business date, run) so it never collides with the nightly run of the day. Like {@code JobRunner}: a
 * failed run is restarted where it stopped, a completed one gets the next run number, and one contract never syncs
 * twice at once. (JobRequest has no contract scope yet; this is the one place that knows the extra parameter.)
 */
public final class SubscriptionSyncRuns {

    private final BatchInfrastructure batch;
    private final SubscriptionSyncJobConfiguration configuration;
    private final JobRepository repository;

    public SubscriptionSyncRuns(BatchInfrastructure batch, SubscriptionSyncJobConfiguration configuration) {
        this.batch = batch;
        this.configuration = configuration;
        this.repository = batch.jobRepository();
    }

    public synchronized JobStart startForContract(long contractId, LocalDate businessDate, String username) {
        if (isRunning(contractId)) {
            throw new JobRefusedException("Subscriptions of this contract are already being synced. "
                    + "Wait for that run to finish; this page shows its progress.");
        }
        if (accountWideRunning()) {
            // the night's run (or a provider's) covers this contract's accounts too: two runs would write the same rows
            throw new JobRefusedException("The nightly subscription sync is running and covers this contract too. "
                    + "Wait for it to finish (the jobs page shows its progress), then sync again if needed.");
        }
        return ScopedRuns.start(batch, configuration.subscriptionSyncJob(),
                n -> parameters(contractId, businessDate, n, username), "the subscription sync");
    }

    /** The latest execution of a contract's sync, if any: for the contract page's progress. */
    public JobExecution latest(long contractId) {
        JobExecution latest = null;
        for (JobInstance instance : repository.getJobInstances(SubscriptionSyncJobConfiguration.JOB_NAME, 0, 200)) {
            JobExecution execution = repository.getLastJobExecution(instance);
            if (execution != null && Objects.equals(contractId,
                    execution.getJobParameters().getLong(SyncParameters.CONTRACT_ID))
                    && (latest == null || execution.getId() > latest.getId())) {
                latest = execution;
            }
        }
        return latest;
    }

    private boolean accountWideRunning() {
        return repository.findRunningJobExecutions(SubscriptionSyncJobConfiguration.JOB_NAME).stream()
                .anyMatch(e -> e.getJobParameters().getLong(SyncParameters.CONTRACT_ID) == null);
    }

    public boolean isRunning(long contractId) {
        return repository.findRunningJobExecutions(SubscriptionSyncJobConfiguration.JOB_NAME).stream()
                .anyMatch(e -> Objects.equals(contractId, e.getJobParameters().getLong(SyncParameters.CONTRACT_ID)));
    }

    private static JobParameters parameters(long contractId, LocalDate businessDate, long run, String username) {
        return new JobParametersBuilder()
                .addLong(SyncParameters.CONTRACT_ID, contractId, true)
                .addLocalDate(JobParametersFor.BUSINESS_DATE, businessDate, true)
                .addLong(JobParametersFor.RUN, run, true)
                .addString(JobParametersFor.REQUESTED_BY, username, false)
                .addString(JobParametersFor.TRIGGER, JobRequest.Trigger.MANUAL.name(), false)
                .toJobParameters();
    }
}
