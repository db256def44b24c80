package org.seatkeeper.batch.jobs;

import org.springframework.batch.core.BatchStatus;

/** The newest execution of a run (a job instance): what the nightly chain asks before it starts a step. */
public record LatestRun(long executionId, BatchStatus status) {

    public boolean completed() {
        return status == BatchStatus.COMPLETED;
    }

    public boolean running() {
        return status.isRunning();
    }
}
