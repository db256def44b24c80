package org.seatkeeper.batch.jobs;

/** A job cannot start now (already running for that provider, already completed, unknown). The message says why. */
public final class JobRefusedException extends RuntimeException {

    public JobRefusedException(String message) {
        super(message);
    }
}
