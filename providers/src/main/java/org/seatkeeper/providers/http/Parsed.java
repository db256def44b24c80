package org.seatkeeper.providers.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * One item of a list answer, read on its own so that a malformed item does not fail its page.
 *
 * @param value   null when the item could not be read
 * @param problem null when the item was read
 * @param raw     the item as sent
 */
public record Parsed<T>(T value, String problem, JsonNode raw) {

    public boolean ok() {
        return problem == null;
    }

    public static <T> List<Parsed<T>> all(ObjectMapper mapper, JsonNode array, Class<T> type) {
        List<Parsed<T>> out = new ArrayList<>();
        if (array == null || !array.isArray()) {
            return out;
        }
        for (JsonNode item : array) {
            out.add(one(mapper, item, type));
        }
        return out;
    }

    public static <T> Parsed<T> one(ObjectMapper mapper, JsonNode item, Class<T> type) {
        try {
            return new Parsed<>(mapper.treeToValue(item, type), null, item);
        } catch (Exception e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            return new Parsed<>(null, "unreadable " + type.getSimpleName() + ": " + reason, item);
        }
    }
}
