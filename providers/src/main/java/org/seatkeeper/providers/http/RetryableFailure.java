package org.seatkeeper.providers.http;

import java.time.Duration;

/** A 429 or 5xx answer inside the retry loop; never leaves this package. */
final class RetryableFailure extends Exception {

    private final int status;
    private final Duration retryAfter;

    RetryableFailure(int status, Duration retryAfter) {
        super("HTTP " + status, null, false, false);
        this.status = status;
        this.retryAfter = retryAfter;
    }

    int status() {
        return status;
    }

    /** Null when the server sent no usable Retry-After. */
    Duration retryAfter() {
        return retryAfter;
    }
}
