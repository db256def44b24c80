package org.seatkeeper.app.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What an audit entry changed, for people: the fields whose value differs between its before and after states
 * ("currency: USD → EUR"), or every field of a creation. States that are not JSON objects are shown as they are.
 */
final class AuditChanges {

    private static final ObjectMapper JSON = new ObjectMapper();
    // the audit page shows a line per entry; a state longer than this is cut (the database keeps all of it)
    private static final int MAX_TEXT = 300;

    private AuditChanges() {
    }

    static String describe(String before, String after) {
        JsonNode b = object(before);
        JsonNode a = object(after);
        if (b == null && a == null) {
            return cut(before == null && after == null ? "" : text(before) + " → " + text(after));
        }
        Set<String> fields = new LinkedHashSet<>();
        (b == null ? JSON.createObjectNode() : b).fieldNames().forEachRemaining(fields::add);
        (a == null ? JSON.createObjectNode() : a).fieldNames().forEachRemaining(fields::add);
        List<String> changes = new ArrayList<>();
        for (String field : fields) {
            String was = value(b, field);
            String now = value(a, field);
            if (b == null || !was.equals(now)) {
                changes.add(b == null ? field + ": " + now : a == null ? field + ": " + was + " → (removed)"
                        : field + ": " + was + " → " + now);
            }
        }
        return cut(String.join("; ", changes));
    }

    private static JsonNode object(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(state);
            return node != null && node.isObject() ? node : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String value(JsonNode object, String field) {
        if (object == null || !object.has(field) || object.get(field).isNull()) {
            return "—";
        }
        JsonNode value = object.get(field);
        return value.isValueNode() ? value.asText() : value.toString();
    }

    private static String text(String state) {
        return state == null || state.isBlank() ? "—" : state;
    }

    private static String cut(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
    }
}
