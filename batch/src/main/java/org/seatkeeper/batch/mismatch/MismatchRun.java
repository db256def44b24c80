package org.seatkeeper.batch.mismatch;

import java.time.Duration;
import java.time.LocalDate;
import org.seatkeeper.batch.jobs.JobRequest;
import org.seatkeeper.batch.jobs.JobRunner;
import org.seatkeeper.batch.jobs.JobStart;
import org.springframework.batch.core.BatchStatus;

/**
 * How the nightly schedule and the "Run reconciliation now" button start the reconciliation. Registers the job with
 * the runner once; {@link #runFor} starts it after the night's syncs and waits for it (bounded), {@link #startNow}
 * starts it in the background for a person.
 */
public final class MismatchRun {

    private static final Duration NIGHTLY_TIMEOUT = Duration.ofMinutes(30);

    private final JobRunner runner;

    public MismatchRun(JobRunner runner, MismatchJobConfiguration configuration) {
        this.runner = runner;
        runner.register(MismatchJobConfiguration.JOB_NAME, configuration::job);
    }

    /** The nightly step: runs the reconciliation of {@code businessDate} and waits; returns how it ended. */
    public BatchStatus runFor(LocalDate businessDate) {
        JobStart start = runner.start(MismatchJobConfiguration.JOB_NAME, JobRequest.scheduled(null, businessDate));
        return runner.awaitCompletion(start.executionId(), NIGHTLY_TIMEOUT);
    }

    /** On demand: a new run of the day (or the restart of a failed one), in the background. */
    public JobStart startNow(LocalDate businessDate, String username) {
        return runner.start(MismatchJobConfiguration.JOB_NAME, JobRequest.manual(null, businessDate, username));
    }

    public boolean isRunning() {
        return runner.isRunning(MismatchJobConfiguration.JOB_NAME);
    }

    public BatchStatus await(long executionId, Duration timeout) {
        return runner.awaitCompletion(executionId, timeout);
    }
}
