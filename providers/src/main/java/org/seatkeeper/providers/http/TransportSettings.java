package org.seatkeeper.providers.http;

import java.time.Duration;
import java.util.Objects;

/**
 * How one provider's requests are paced and retried.
 *
 * @param requestsPerSecond client-side limit; lowered automatically after a 429
 * @param rateLimitPeriod   the limiter's refresh period; shorter periods spread requests more evenly
 * @param connectTimeout    TCP connect timeout
 * @param requestTimeout    whole-request timeout
 * @param maxAttempts       attempts per request, the first one included (429, 5xx, timeouts, connection errors)
 * @param backoffBase       first back-off; doubles per attempt, with jitter
 * @param backoffCap        longest back-off
 * @param maxRetryAfter     longest wait honoured from a Retry-After header
 * @param maxPermitWait     longest wait for a client-side rate-limit permit
 */
public record TransportSettings(double requestsPerSecond, Duration rateLimitPeriod, Duration connectTimeout,
                                Duration requestTimeout, int maxAttempts, Duration backoffBase, Duration backoffCap,
                                Duration maxRetryAfter, Duration maxPermitWait) {

    public TransportSettings {
        if (!(requestsPerSecond > 0)) {
            throw new IllegalArgumentException("requestsPerSecond must be positive: " + requestsPerSecond);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
        }
        Objects.requireNonNull(rateLimitPeriod, "rateLimitPeriod");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(backoffBase, "backoffBase");
        Objects.requireNonNull(backoffCap, "backoffCap");
        Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
        Objects.requireNonNull(maxPermitWait, "maxPermitWait");
    }

    /** 10 requests/s, 10 s connect, 60 s request, 4 attempts, 500 ms..30 s back-off, Retry-After up to 2 min. */
    public static TransportSettings defaults() {
        return new TransportSettings(10, Duration.ofMillis(100), Duration.ofSeconds(10), Duration.ofSeconds(60), 4,
                Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofMinutes(10));
    }

    public TransportSettings withRequestsPerSecond(double value) {
        return new TransportSettings(value, rateLimitPeriod, connectTimeout, requestTimeout, maxAttempts, backoffBase,
                backoffCap, maxRetryAfter, maxPermitWait);
    }

    public TransportSettings withTimeouts(Duration connect, Duration request) {
        return new TransportSettings(requestsPerSecond, rateLimitPeriod, connect, request, maxAttempts, backoffBase,
                backoffCap, maxRetryAfter, maxPermitWait);
    }

    public TransportSettings withRetry(int attempts, Duration base, Duration cap) {
        return new TransportSettings(requestsPerSecond, rateLimitPeriod, connectTimeout, requestTimeout, attempts, base,
                cap, maxRetryAfter, maxPermitWait);
    }

    public TransportSettings withMaxRetryAfter(Duration value) {
        return new TransportSettings(requestsPerSecond, rateLimitPeriod, connectTimeout, requestTimeout, maxAttempts,
                backoffBase, backoffCap, value, maxPermitWait);
    }

    public TransportSettings withRateLimitPeriod(Duration value) {
        return new TransportSettings(requestsPerSecond, value, connectTimeout, requestTimeout, maxAttempts,
                backoffBase, backoffCap, maxRetryAfter, maxPermitWait);
    }
}
