package org.seatkeeper.providers.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;

/** A successful answer whose body is read lazily; a body that does not parse becomes {@link ProviderResponseException}. */
public final class JsonResponse {

    private final String provider;
    private final HttpResult result;
    private final ObjectMapper mapper;

    JsonResponse(String provider, HttpResult result, ObjectMapper mapper) {
        this.provider = provider;
        this.result = result;
        this.mapper = mapper;
    }

    public int status() {
        return result.status();
    }

    public Optional<String> header(String name) {
        return result.header(name);
    }

    public java.util.List<String> headerValues(String name) {
        return result.headerValues(name);
    }

    /** The body as sent, for answers that are files rather than JSON (a price sheet's CSV or zip). */
    public byte[] bytes() {
        return result.body();
    }

    public boolean hasBody() {
        return result.body().length > 0 && !result.bodyText().isBlank();
    }

    public JsonNode tree() {
        try {
            JsonNode node = mapper.readTree(result.body());
            if (node == null || node.isMissingNode()) {
                throw new ProviderResponseException(provider, result.what(), "the body is empty", null);
            }
            return node;
        } catch (IOException e) {
            throw new ProviderResponseException(provider, result.what(), "the body is not JSON", e);
        }
    }

    public <T> T as(Class<T> type) {
        try {
            return mapper.treeToValue(tree(), type);
        } catch (IOException | IllegalArgumentException e) {
            throw new ProviderResponseException(provider, result.what(),
                    "the body does not match " + type.getSimpleName(), e);
        }
    }

    /**
     * A list answer: the items of {@code listField} (or of a bare array) each mapped on its own, and the other
     * top-level fields.
     */
    public <T> ListBody<T> list(String listField, Class<T> type) {
        if (!hasBody()) {
            throw new ProviderResponseException(provider, result.what(), "the body is empty", null);
        }
        try {
            return ListBody.read(mapper, result.body(), listField, type);
        } catch (IOException e) {
            throw new ProviderResponseException(provider, result.what(), "the body is not JSON", e);
        }
    }

}
