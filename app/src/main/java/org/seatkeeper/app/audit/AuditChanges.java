package org.seatkeeper.app.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an audit entry changed, for people: the fields whose value differs between its before and after states
 * ("currency: USD → EUR"), or every field of a creation. Nested values read as "terms.currency: USD → EUR" and lists
 * as their values joined, never as JSON; an empty value is "—", never "null". States that are not JSON objects are
 * shown as text.
 */
final class AuditChanges {

    // "12 licenses" is text, not the number 12 followed by a word
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    // the audit page shows a few lines per entry; a change longer than this is cut (the database keeps all of it)
    private static final int MAX_TEXT = 300;
    private static final String EMPTY = "—";

    private AuditChanges() {
    }

    /** The changes on one line, separated by "; ". */
    static String describe(String before, String after) {
        return cut(String.join("; ", lines(before, after)));
    }

    /** One line per changed field. */
    static List<String> lines(String before, String after) {
        JsonNode b = object(before);
        JsonNode a = object(after);
        if (b == null && a == null) {
            return blank(before) && blank(after) ? List.of() : List.of(cut(text(before) + " → " + text(after)));
        }
        Map<String, String> was = flatten(b);
        Map<String, String> now = flatten(a);
        Set<String> fields = new LinkedHashSet<>(was.keySet());
        fields.addAll(now.keySet());
        List<String> changes = new ArrayList<>();
        for (String field : fields) {
            String old = was.getOrDefault(field, EMPTY);
            String value = now.getOrDefault(field, EMPTY);
            if (b == null) {
                changes.add(cut(field + ": " + value));
            } else if (a == null) {
                changes.add(cut(field + ": " + old + " → (removed)"));
            } else if (!old.equals(value)) {
                changes.add(cut(field + ": " + old + " → " + value));
            }
        }
        return changes;
    }

    /** Field name (dotted for nested objects) to its value as text, in the state's order. */
    private static Map<String, String> flatten(JsonNode object) {
        Map<String, String> values = new LinkedHashMap<>();
        if (object != null) {
            flatten("", object, values);
        }
        return values;
    }

    private static void flatten(String prefix, JsonNode object, Map<String, String> values) {
        object.fields().forEachRemaining(field -> {
            String name = prefix + field.getKey();
            JsonNode value = field.getValue();
            if (value.isObject() && !value.isEmpty()) {
                flatten(name + ".", value, values);
            } else {
                values.put(name, readable(value));
            }
        });
    }

    private static String readable(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode() || (value.isTextual() && value.asText().isBlank())) {
            return EMPTY;
        }
        if (value.isValueNode()) {
            return value.asText();
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(item.isObject() ? objectText(item) : readable(item)));
            return items.isEmpty() ? EMPTY : String.join(", ", items);
        }
        return value.isEmpty() ? EMPTY : objectText(value);
    }

    /** An object inside a list: its fields as "name value", in brackets. */
    private static String objectText(JsonNode object) {
        List<String> parts = new ArrayList<>();
        flatten(object).forEach((name, value) -> parts.add(name + " " + value));
        return "(" + String.join(", ", parts) + ")";
    }

    private static JsonNode object(String state) {
        if (blank(state)) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(state);
            return node != null && node.isObject() ? node : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** A state that is not a JSON object: JSON text or lists read as their values, anything else as it is. */
    private static String text(String state) {
        if (blank(state)) {
            return EMPTY;
        }
        try {
            JsonNode node = JSON.readTree(state);
            if (node != null && !node.isMissingNode()) {
                return readable(node);
            }
        } catch (JsonProcessingException e) {
            // plain text, shown as it is
        }
        return state;
    }

    private static boolean blank(String state) {
        return state == null || state.isBlank() || state.strip().equals("null");
    }

    private static String cut(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
    }
}
