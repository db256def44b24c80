package org.seatkeeper.providers.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * One item of a list answer, read on its own so that a malformed item does not fail its page.
 *
 * @param value   null when the item could not be read
 * @param problem null when the item was read
 * @param rawText the item as sent, made only when someone asks (a rejected record keeps it)
 */
public record Parsed<T>(T value, String problem, Supplier<String> rawText) {

    public boolean ok() {
        return problem == null;
    }

    /** The item's JSON text as sent. */
    public String raw() {
        return rawText.get();
    }

    /** Items of an array already read as a tree (answers whose lists are small and rare). */
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
            return new Parsed<>(mapper.treeToValue(item, type), null, item::toString);
        } catch (Exception e) {
            return new Parsed<>(null, problem(type, e), item::toString);
        }
    }

    static String problem(Class<?> type, Exception e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getMessage().lines().findFirst().orElse("");
        return "unreadable " + type.getSimpleName() + ": " + reason;
    }
}
