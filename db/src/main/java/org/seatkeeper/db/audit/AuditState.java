package org.seatkeeper.db.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One side (before or after) of an audit entry: a JSON object of field to value, in the order given, written with
 * Jackson. The only way a state reaches {@link AuditLog}, so every entry's states read the same way on the audit
 * page, which shows just the fields an entry changed.
 */
public record AuditState(String json) {

    // ObjectMapper is thread-safe once configured; this one is never reconfigured
    private static final ObjectMapper JSON = new ObjectMapper();

    public AuditState {
        Objects.requireNonNull(json, "json");
    }

    /** The fields in the map's order; numbers, booleans, nested maps and lists stay JSON, other values are text. */
    public static AuditState of(Map<String, ?> fields) {
        Map<String, Object> state = new LinkedHashMap<>();
        fields.forEach((key, value) -> state.put(key, value == null || value instanceof Number
                || value instanceof Boolean || value instanceof Map || value instanceof Iterable
                ? value : String.valueOf(value)));
        try {
            return new AuditState(JSON.writeValueAsString(state));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write audit state", e);
        }
    }

    /** {@code of("quantity", 11, "status", ACTIVE)} gives {"quantity":11,"status":"ACTIVE"}. */
    public static AuditState of(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values come in pairs");
        }
        Map<String, Object> state = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            state.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return of(state);
    }
}
