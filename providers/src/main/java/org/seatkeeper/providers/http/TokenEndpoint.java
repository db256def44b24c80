package org.seatkeeper.providers.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Calls an OAuth token endpoint through a provider's channel (so it is rate limited and retried like any call).
 * A refused grant becomes {@link ProviderAuthException}; secrets are blanked out of whatever the provider says.
 */
public final class TokenEndpoint {

    private static final long DEFAULT_LIFETIME_SECONDS = 3600;

    private final ApiChannel channel;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final String credentialsHint;

    public TokenEndpoint(ApiChannel channel, ObjectMapper mapper, Clock clock, String credentialsHint) {
        this.channel = channel;
        this.mapper = mapper;
        this.clock = clock;
        this.credentialsHint = credentialsHint;
    }

    public TokenResponse postForm(URI uri, Map<String, String> form, Collection<String> secrets) {
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return post(uri, "application/x-www-form-urlencoded", body.getBytes(StandardCharsets.UTF_8), secrets);
    }

    public TokenResponse postJson(URI uri, Map<String, String> json, Collection<String> secrets) {
        try {
            return post(uri, "application/json", mapper.writeValueAsBytes(json), secrets);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot serialise a token request", e);
        }
    }

    /** When the token expires, from expires_in (default one hour). */
    public AccessToken accessToken(TokenResponse response) {
        long seconds = response.expiresIn() == null ? DEFAULT_LIFETIME_SECONDS : response.expiresIn();
        return new AccessToken(response.accessToken(), clock.instant().plus(Duration.ofSeconds(seconds)));
    }

    private TokenResponse post(URI uri, String contentType, byte[] body, Collection<String> secrets) {
        HttpResult result = channel.send(() -> HttpRequest.newBuilder(uri)
                .timeout(channel.settings().requestTimeout())
                .header("Content-Type", contentType)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
        if (!result.isSuccess()) {
            ErrorBodies.ProviderError error = ErrorBodies.read(mapper, result.body());
            String description = redact(error.message() != null ? error.message()
                    : error.code() != null ? error.code() : "HTTP " + result.status() + " from the token endpoint",
                    secrets);
            if (result.status() >= 500) {
                throw new ProviderResponseException(channel.provider(), result.what(), description, null);
            }
            throw new ProviderAuthException(channel.provider(), description, credentialsHint);
        }
        try {
            TokenResponse token = mapper.readValue(result.body(), TokenResponse.class);
            if (token.accessToken() == null || token.accessToken().isBlank()) {
                throw new ProviderResponseException(channel.provider(), result.what(), "no access_token", null);
            }
            return token;
        } catch (IOException e) {
            throw new ProviderResponseException(channel.provider(), result.what(), "the token answer is not JSON", null);
        }
    }

    private static String redact(String text, Collection<String> secrets) {
        String out = text;
        for (String secret : secrets) {
            if (secret != null && secret.length() >= 4) {
                out = out.replace(secret, "***");
            }
        }
        return out;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
