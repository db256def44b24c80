package org.seatkeeper.batch.psasync;

import java.time.LocalDate;
import org.seatkeeper.batch.jobs.BatchInfrastructure;
import org.seatkeeper.batch.jobs.JobParametersFor;
import org.seatkeeper.batch.jobs.JobRefusedException;
import org.seatkeeper.batch.jobs.JobRequest;
import org.seatkeeper.batch.jobs.JobStart;
import org.seatkeeper.batch.jobs.ScopedRuns;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * "Sync now" for one customer or one link: the PSA sync limited to it, identified by (customer or link, business
 * date, run) so it never collides with a run for every link. Refused while any PSA sync runs (both could write the
 * same additions). The run for every link goes through {@code JobRunner}.
 */
public final class PsaLicenseSyncRuns {

    private final BatchInfrastructure batch;
    private final PsaLicenseSyncJobConfiguration configuration;

    public PsaLicenseSyncRuns(BatchInfrastructure batch, PsaLicenseSyncJobConfiguration configuration) {
        this.batch = batch;
        this.configuration = configuration;
    }

    public synchronized JobStart startForCustomer(long customerId, LocalDate businessDate, String username) {
        return start(PsaLicenseSyncJobConfiguration.CUSTOMER_ID, customerId, businessDate, username);
    }

    public synchronized JobStart startForLink(long linkId, LocalDate businessDate, String username) {
        return start(PsaLicenseSyncJobConfiguration.LINK_ID, linkId, businessDate, username);
    }

    private JobStart start(String key, long id, LocalDate businessDate, String username) {
        if (!batch.jobRepository().findRunningJobExecutions(PsaLicenseSyncJobConfiguration.JOB_NAME).isEmpty()) {
            throw new JobRefusedException("The PSA sync is running right now. Wait for that run to finish (the Jobs page"
                    + " shows its progress), then sync again.");
        }
        return ScopedRuns.start(batch, configuration.psaLicenseSyncJob(), n -> parameters(key, id, businessDate, n, username),
                "the PSA sync");
    }

    private static JobParameters parameters(String key, long id, LocalDate businessDate, long run, String username) {
        return new JobParametersBuilder()
                .addLong(key, id, true)
                .addLocalDate(JobParametersFor.BUSINESS_DATE, businessDate, true)
                .addLong(JobParametersFor.RUN, run, true)
                .addString(JobParametersFor.REQUESTED_BY, username, false)
                .addString(JobParametersFor.TRIGGER, JobRequest.Trigger.MANUAL.name(), false)
                .toJobParameters();
    }
}
