package org.seatkeeper.billing.subscriptions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/** The before/after columns of an audit entry: small JSON objects, so the audit page can show them as they are. */
final class AuditStates {

    // ObjectMapper is thread-safe once configured; this one is never reconfigured
    private static final ObjectMapper JSON = new ObjectMapper();

    private AuditStates() {
    }

    /** {@code of("quantity", 11, "status", "ACTIVE")} gives {"quantity":11,"status":"ACTIVE"}. */
    static String of(Object... keysAndValues) {
        Map<String, Object> state = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            state.put((String) keysAndValues[i], value == null || value instanceof Number || value instanceof Boolean
                    || value instanceof Map || value instanceof Iterable ? value : String.valueOf(value));
        }
        try {
            return JSON.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write audit state", e);
        }
    }
}
