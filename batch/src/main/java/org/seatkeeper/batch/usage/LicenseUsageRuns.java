package org.seatkeeper.batch.usage;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
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
 * "Refresh" on one customer's licenses: the license usage job limited to that customer, identified by (customer,
 * business date, run) so it never collides with a run for every customer. As with {@code JobRunner}: a failed run is
 * restarted, a completed one gets the next run number. Refused while any license usage run is running (both would
 * write the same rows). The run for every customer goes through {@code JobRunner} (no customer parameter).
 */
public final class LicenseUsageRuns {

    /** Identifying job parameter of a one-customer run. */
    public static final String CUSTOMER_ID = "customerId";

    private final BatchInfrastructure batch;
    private final LicenseUsageJobConfiguration configuration;
    private final JobRepository repository;

    public LicenseUsageRuns(BatchInfrastructure batch, LicenseUsageJobConfiguration configuration) {
        this.batch = batch;
        this.configuration = configuration;
        this.repository = batch.jobRepository();
    }

    public synchronized JobStart startForCustomer(long customerId, LocalDate businessDate, String username) {
        if (!repository.findRunningJobExecutions(LicenseUsageJobConfiguration.JOB_NAME).isEmpty()) {
            throw new JobRefusedException("License usage is being read right now. Wait for that run to finish (the Jobs "
                    + "page shows its progress), then refresh again.");
        }
        return ScopedRuns.start(batch, configuration.licenseUsageJob(),
                n -> parameters(customerId, businessDate, n, username), "the license usage job");
    }

    /** The latest run for this customer alone, if any: for its page's status line. */
    public Optional<JobExecution> latest(long customerId) {
        JobExecution latest = null;
        for (JobInstance instance : repository.getJobInstances(LicenseUsageJobConfiguration.JOB_NAME, 0, 200)) {
            JobExecution execution = repository.getLastJobExecution(instance);
            if (execution != null && Objects.equals(customerId, execution.getJobParameters().getLong(CUSTOMER_ID))
                    && (latest == null || execution.getId() > latest.getId())) {
                latest = execution;
            }
        }
        return Optional.ofNullable(latest);
    }

    private static JobParameters parameters(long customerId, LocalDate businessDate, long run, String username) {
        return new JobParametersBuilder()
                .addLong(CUSTOMER_ID, customerId, true)
                .addLocalDate(JobParametersFor.BUSINESS_DATE, businessDate, true)
                .addLong(JobParametersFor.RUN, run, true)
                .addString(JobParametersFor.REQUESTED_BY, username, false)
                .addString(JobParametersFor.TRIGGER, JobRequest.Trigger.MANUAL.name(), false)
                .toJobParameters();
    }
}
