package org.seatkeeper.batch.mismatch;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.seatkeeper.batch.jobs.JobParametersFor;
import org.seatkeeper.db.mismatch.SyncMoments;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;

/**
 * Finds, in Spring Batch's own records, the subscription syncs a reconciliation of a business date compares with: the
 * completed nightly run of that date (or, when it has none, the latest completed one before it) and the completed
 * contract syncs of that date. Their start times are the reference of provider vs Seatkeeper's grace (issue 14, 7).
 */
final class DaysSync {

    /** {@code SubscriptionSyncJobConfiguration.JOB_NAME}: the job names are frozen once released. */
    static final String SUBSCRIPTION_SYNC_JOB = "subscriptionSyncJob";
    // a night has one nightly run and a few contract runs: the newest few hundred instances reach back weeks
    private static final int WINDOW = 300;

    private final JobRepository repository;

    DaysSync(JobRepository repository) {
        this.repository = repository;
    }

    SyncMoments of(LocalDate businessDate) {
        Instant nightly = null;
        LocalDate nightlyDate = null;
        Map<Long, Instant> contracts = new HashMap<>();
        for (JobInstance instance : repository.getJobInstances(SUBSCRIPTION_SYNC_JOB, 0, WINDOW)) {
            for (JobExecution execution : repository.getJobExecutions(instance)) {
                LocalDate date = execution.getJobParameters().getLocalDate(JobParametersFor.BUSINESS_DATE);
                Instant started = instant(execution.getStartTime());
                if (execution.getStatus() != BatchStatus.COMPLETED || date == null || started == null
                        || date.isAfter(businessDate)) {
                    continue;
                }
                Long contract = execution.getJobParameters().getLong(JobParametersFor.CONTRACT_ID);
                if (contract != null) {
                    if (date.equals(businessDate)) {
                        contracts.merge(contract, started, (a, b) -> a.isAfter(b) ? a : b);
                    }
                } else if (nightly == null || date.isAfter(nightlyDate)
                        || (date.equals(nightlyDate) && started.isAfter(nightly))) {
                    nightly = started;
                    nightlyDate = date;
                }
            }
        }
        return new SyncMoments(nightly, contracts);
    }

    // Spring Batch keeps local date-times in the JVM's zone (as JobHistory reads them)
    private static Instant instant(LocalDateTime time) {
        return time == null ? null : time.atZone(ZoneId.systemDefault()).toInstant();
    }
}
