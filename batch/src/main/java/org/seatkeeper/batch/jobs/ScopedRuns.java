package org.seatkeeper.batch.jobs;

import java.util.function.LongFunction;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;

/**
 * Starts a job limited to one thing (a contract, a customer) and identified by its parameters with a run number, as
 * {@code JobRunner} does for whole runs: the first run that did not complete is restarted where it stopped, else the
 * next run number starts. Callers decide first whether the start is allowed at all.
 */
public final class ScopedRuns {

    private ScopedRuns() {
    }

    /**
     * @param parameters the job's identifying parameters for a run number
     * @param what       the job as people name it, for the refusal ("the subscription sync")
     */
    public static JobStart start(BatchInfrastructure batch, Job job, LongFunction<JobParameters> parameters,
                                 String what) {
        JobRepository repository = batch.jobRepository();
        long run = 1;
        boolean restart = false;
        for (long n = 1; ; n++) {
            JobInstance instance = repository.getJobInstance(job.getName(), parameters.apply(n));
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
            long id = batch.jobOperator().start(job, parameters.apply(run)).getId();
            return new JobStart(id, run, restart);
        } catch (Exception e) {
            throw new JobRefusedException(what.substring(0, 1).toUpperCase() + what.substring(1) + " cannot start: "
                    + e.getMessage());
        }
    }
}
