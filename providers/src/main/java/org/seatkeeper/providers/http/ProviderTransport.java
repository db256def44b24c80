package org.seatkeeper.providers.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.random.RandomGenerator;

/** What every client shares: one JDK HTTP client, the JSON mapper and the clock. Thread-safe. */
public final class ProviderTransport {

    private final HttpClient http;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final RandomGenerator random;

    public ProviderTransport(HttpClient http, ObjectMapper mapper, Clock clock, RandomGenerator random) {
        this.http = http;
        this.mapper = mapper;
        this.clock = clock;
        this.random = random;
    }

    public static ProviderTransport create(Duration connectTimeout, Clock clock) {
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        return new ProviderTransport(http, ProviderJson.mapper(), clock, RandomGenerator.getDefault());
    }

    /** A channel with its own rate limit and retry policy for one provider. */
    public ApiChannel channel(String provider, TransportSettings settings) {
        return new ApiChannel(provider, http, settings, clock, random);
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    public Clock clock() {
        return clock;
    }
}
