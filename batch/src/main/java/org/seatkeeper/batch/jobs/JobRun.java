package org.seatkeeper.batch.jobs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One execution of a job, for the jobs page.
 *
 * @param contractId the billing contract of a contract's "Sync subscriptions", else null
 * @param trigger whether the nightly schedule or a person started it (a restart keeps the run's trigger)
 * @param requestedBy the username of who started it, or "scheduler"
 * @param status Spring Batch's status: STARTING, STARTED, COMPLETED, FAILED, STOPPED, ...
 * @param written rows the run actually changed (unchanged rows are counted in {@code unchanged}, not here)
 * @param duration so far, while running
 * @param exitMessage a sentence for a person when the run failed or stopped (never a stack trace), else empty
 * @param restartedAs the execution that restarted this one (same run, resumed where this one stopped), else null
 * @param superseded a later execution of the same run completed it: nothing is left to restart here
 */
public record JobRun(long executionId, long instanceId, String jobName, Long providerId, String providerName,
                     Long contractId, JobRequest.Trigger trigger, String requestedBy, LocalDate businessDate,
                     long run, String status, String exitCode, String exitMessage, Instant startedAt, Instant endedAt,
                     Duration duration, long read, long written, long unchanged, long skipped, JobProgress progress,
                     Long restartedAs, boolean superseded) {

    public boolean running() {
        return "STARTING".equals(status) || "STARTED".equals(status) || "STOPPING".equals(status);
    }

    public boolean scheduled() {
        return trigger == JobRequest.Trigger.SCHEDULED;
    }

    /** Failed or stopped, and not restarted yet (a restart of this run is restarted from its newest execution). */
    public boolean restartable() {
        return ("FAILED".equals(status) || "STOPPED".equals(status)) && restartedAs == null;
    }
}
