package org.seatkeeper.providers.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    private final RetryAfter retryAfter = new RetryAfter(
            Clock.fixed(Instant.parse("2024-05-01T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void shouldReadDeltaSeconds() {
        assertThat(retryAfter.parse("57")).contains(Duration.ofSeconds(57));
    }

    @Test
    void shouldReadAnHttpDate() {
        assertThat(retryAfter.parse("Wed, 01 May 2024 10:00:30 GMT")).contains(Duration.ofSeconds(30));
    }

    @Test
    void shouldIgnoreGarbageAndPastDates() {
        assertThat(retryAfter.parse("soon")).isEmpty();
        assertThat(retryAfter.parse("Wed, 01 May 2024 09:00:00 GMT")).contains(Duration.ZERO);
    }
}
