package org.seatkeeper.providers.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Authorised JSON calls over a channel: adds the Authorization and common headers, refreshes the token once on 401,
 * and turns error answers into typed {@link ProviderException}s. Thread-safe.
 */
public final class JsonApi {

    private final ApiChannel channel;
    private final ObjectMapper mapper;
    private final Authorizer authorizer;
    private final String credentialsHint;
    private final Consumer<HttpRequest.Builder> perAttemptHeaders;

    /**
     * @param credentialsHint   what to check when credentials are refused, e.g. "Check the app id ... on the provider page."
     * @param perAttemptHeaders headers added to each attempt (Accept, contract version, a fresh correlation id, ...)
     */
    public JsonApi(ApiChannel channel, ObjectMapper mapper, Authorizer authorizer, String credentialsHint,
                   Consumer<HttpRequest.Builder> perAttemptHeaders) {
        this.channel = channel;
        this.mapper = mapper;
        this.authorizer = authorizer;
        this.credentialsHint = credentialsHint;
        this.perAttemptHeaders = perAttemptHeaders;
    }

    public String provider() {
        return channel.provider();
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    /** Sends the call; returns any 2xx answer, throws a {@link ProviderException} for anything else. */
    public JsonResponse call(ApiCall call) {
        byte[] body = serialise(call);
        AtomicReference<String> usedAuthorization = new AtomicReference<>();
        HttpResult result = channel.send(() -> build(call, body, usedAuthorization));
        if (result.status() == 401 && authorizer.renewAfterRejection(usedAuthorization.get())) {
            result = channel.send(() -> build(call, body, usedAuthorization));
        }
        if (result.isSuccess()) {
            return new JsonResponse(channel.provider(), result, mapper);
        }
        throw failure(result);
    }

    private HttpRequest build(ApiCall call, byte[] body, AtomicReference<String> usedAuthorization) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(call.uri())
                .timeout(channel.settings().requestTimeout())
                .method(call.method(), body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (body != null) {
            builder.header("Content-Type", "application/json");
        }
        perAttemptHeaders.accept(builder);
        call.headers().forEach(builder::setHeader);
        String authorization = authorizer.authorization();
        usedAuthorization.set(authorization);
        if (authorization != null) {
            builder.setHeader("Authorization", authorization);
        }
        return builder.build();
    }

    private byte[] serialise(ApiCall call) {
        if (call.body() == null) {
            return null;
        }
        try {
            return mapper.writeValueAsBytes(call.body());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot serialise the body of " + call, e);
        }
    }

    private ProviderException failure(HttpResult result) {
        ErrorBodies.ProviderError error = ErrorBodies.read(mapper, result.body());
        if (result.status() == 401) {
            String description = error.message() != null ? error.message() : "HTTP 401 on " + result.what();
            return new ProviderAuthException(channel.provider(), description, credentialsHint);
        }
        if (result.status() >= 400 && result.status() < 500) {
            return new ProviderRejectedException(channel.provider(), result.what(), result.status(), error.code(),
                    error.message());
        }
        return new ProviderResponseException(channel.provider(), result.what(),
                "unexpected HTTP " + result.status(), null);
    }
}
