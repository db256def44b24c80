package org.seatkeeper.providers.http;

import java.time.Clock;
import java.time.Duration;

/** Transport settings for tests: fast, with tiny back-off and Retry-After capped so nothing waits long. */
public final class TestTransports {

    private TestTransports() {
    }

    public static TransportSettings fast() {
        return TransportSettings.defaults()
                .withRequestsPerSecond(2000)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5))
                .withRetry(4, Duration.ofMillis(1), Duration.ofMillis(5))
                .withMaxRetryAfter(Duration.ofMillis(10));
    }

    public static ProviderTransport transport(Clock clock) {
        return ProviderTransport.create(Duration.ofSeconds(2), clock);
    }
}
