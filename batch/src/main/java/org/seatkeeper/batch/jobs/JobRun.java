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
 * @param exitMessage a sentence for a person when the run failed, else empty
 */
public record JobRun(long executionId, long instanceId, String jobName, Long providerId, String providerName,
                     Long contractId, JobRequest.Trigger trigger, String requestedBy, LocalDate businessDate,
                     long run, String status, String exitCode, String exitMessage, Instant startedAt, Instant endedAt,
                     Duration duration, long read, long written, long unchanged, long skipped, JobProgress progress) {

    public boolean running() {
        return "STARTING".equals(status) || "STARTED".equals(status) || "STOPPING".equals(status);
    }

    public boolean scheduled() {
        return trigger == JobRequest.Trigger.SCHEDULED;
    }

    public boolean restartable() {
        return "FAILED".equals(status) || "STOPPED".equals(status);
    }
}
