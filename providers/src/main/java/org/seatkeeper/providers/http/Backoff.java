package org.seatkeeper.providers.http;

import java.time.Duration;
import java.util.random.RandomGenerator;

/** Exponential back-off with "equal jitter": half the step fixed, half random, never above the cap. */
final class Backoff {

    private final Duration base;
    private final Duration cap;
    private final RandomGenerator random;

    Backoff(Duration base, Duration cap, RandomGenerator random) {
        this.base = base;
        this.cap = cap;
        this.random = random;
    }

    /** The wait before retry number {@code attempt} (1 = after the first failure). */
    long millis(int attempt) {
        long step = base.toMillis() << Math.min(Math.max(attempt - 1, 0), 20);
        long capped = Math.max(0, Math.min(step, cap.toMillis()));
        long half = capped / 2;
        return half + (half > 0 ? random.nextLong(half + 1) : 0);
    }
}
