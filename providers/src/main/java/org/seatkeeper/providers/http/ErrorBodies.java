package org.seatkeeper.providers.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Pulls (code, message) out of any documented error body: Partner Center {code, description}, Ion {error, message},
 * Pax8 {type, message}, ConnectWise {code, message}, Graph {error{code, message}}, OAuth {error, error_description}.
 */
public final class ErrorBodies {

    private static final int MAX_MESSAGE = 400;

    private ErrorBodies() {
    }

    public record ProviderError(String code, String message) {
    }

    public static ProviderError read(ObjectMapper mapper, byte[] body) {
        JsonNode root;
        try {
            root = body.length == 0 ? null : mapper.readTree(body);
        } catch (java.io.IOException notJson) {
            root = null;
        }
        if (root == null || !root.isObject()) {
            return new ProviderError(null, null);
        }
        JsonNode error = root.get("error");
        if (error != null && error.isObject()) {
            return new ProviderError(text(error, "code"), text(error, "message"));
        }
        String code = firstText(root, "error", "code", "type");
        String message = firstText(root, "description", "error_description", "message", "validationMessage");
        return new ProviderError(code, message);
    }

    private static String firstText(JsonNode node, String... names) {
        for (String name : names) {
            String value = text(node, name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull() || value.isContainerNode() || value.asText().isBlank()) {
            return null;
        }
        String text = value.asText();
        return text.length() > MAX_MESSAGE ? text.substring(0, MAX_MESSAGE) + "..." : text;
    }
}
