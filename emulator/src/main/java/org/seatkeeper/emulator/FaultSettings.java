package org.seatkeeper.emulator;

import java.time.Duration;
import java.util.Objects;

/**
 * Faults injected into one API.
 *
 * @param requestsPerSecondLimit 0 = none; over it the API answers 429 with Retry-After
 * @param requestsPerMinuteLimit 0 = none
 * @param serverErrorRate        0..1, share of requests answered 503, chosen by a seeded Random
 * @param addedLatency           delay added to every answer (scheduled, no thread is blocked)
 * @param malformedBody          JSON bodies are truncated
 * @param expiredTokens          every access token is reported expired (401 with the provider's body)
 */
public record FaultSettings(int requestsPerSecondLimit, int requestsPerMinuteLimit, double serverErrorRate,
                            Duration addedLatency, boolean malformedBody, boolean expiredTokens) {

    public FaultSettings {
        if (requestsPerSecondLimit < 0 || requestsPerMinuteLimit < 0) {
            throw new IllegalArgumentException("Rate limits must be >= 0");
        }
        if (serverErrorRate < 0 || serverErrorRate > 1) {
            throw new IllegalArgumentException("serverErrorRate must be within 0..1: " + serverErrorRate);
        }
        addedLatency = Objects.requireNonNullElse(addedLatency, Duration.ZERO);
        if (addedLatency.isNegative()) {
            throw new IllegalArgumentException("addedLatency must not be negative");
        }
    }

    public static FaultSettings none() {
        return new FaultSettings(0, 0, 0, Duration.ZERO, false, false);
    }

    public boolean isNone() {
        return equals(none());
    }

    public FaultSettings withRequestsPerSecondLimit(int limit) {
        return new FaultSettings(limit, requestsPerMinuteLimit, serverErrorRate, addedLatency, malformedBody, expiredTokens);
    }

    public FaultSettings withRequestsPerMinuteLimit(int limit) {
        return new FaultSettings(requestsPerSecondLimit, limit, serverErrorRate, addedLatency, malformedBody, expiredTokens);
    }

    public FaultSettings withServerErrorRate(double rate) {
        return new FaultSettings(requestsPerSecondLimit, requestsPerMinuteLimit, rate, addedLatency, malformedBody, expiredTokens);
    }

    public FaultSettings withAddedLatency(Duration latency) {
        return new FaultSettings(requestsPerSecondLimit, requestsPerMinuteLimit, serverErrorRate, latency, malformedBody, expiredTokens);
    }

    public FaultSettings withMalformedBody(boolean malformed) {
        return new FaultSettings(requestsPerSecondLimit, requestsPerMinuteLimit, serverErrorRate, addedLatency, malformed, expiredTokens);
    }

    public FaultSettings withExpiredTokens(boolean expired) {
        return new FaultSettings(requestsPerSecondLimit, requestsPerMinuteLimit, serverErrorRate, addedLatency, malformedBody, expired);
    }
}
