package org.seatkeeper.batch.usage;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.seatkeeper.batch.jobs.BatchInfrastructure;
import org.seatkeeper.batch.jobs.JobParametersFor;
import org.seatkeeper.batch.jobs.JobRefusedException;
import org.seatkeeper.batch.jobs.JobRequest;
import org.seatkeeper.batch.jobs.JobStart;
import org.springframework.batch.core.BatchStatus;
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
        long run = 1;
        boolean restart = false;
        for (long n = 1; ; n++) {
            JobInstance instance = repository.getJobInstance(LicenseUsageJobConfiguration.JOB_NAME,
                    parameters(customerId, businessDate, n, username));
            if (instance == null) {
                run = n;
                break;
            }
            JobExecution last = repository.getLastJobExecution(instance);
            BatchStatus status = last == null ? BatchStatus.FAILED : last.getStatus();
            if (status != BatchStatus.COMPLETED && status != BatchStatus.ABANDONED) {
                run = n;
                restart = true;
                break;
            }
        }
        try {
            long id = batch.jobOperator().start(configuration.licenseUsageJob(),
                    parameters(customerId, businessDate, run, username)).getId();
            return new JobStart(id, run, restart);
        } catch (Exception e) {
            throw new JobRefusedException("The license usage job cannot start: " + e.getMessage());
        }
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
