package org.seatkeeper.providers.connector;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** Opaque, restart-safe page tokens: a small JSON map in URL-safe base64. */
final class PageTokens {

    private final ObjectMapper mapper;

    PageTokens(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    String encode(Map<String, Object> state) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mapper.writeValueAsBytes(state));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write a page token", e);
        }
    }

    Map<String, Object> decode(String token) {
        try {
            return mapper.readValue(Base64.getUrlDecoder().decode(token.getBytes(StandardCharsets.US_ASCII)),
                    new TypeReference<Map<String, Object>>() { });
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Not a page token of this connector; start again from the first page.", e);
        }
    }
}
