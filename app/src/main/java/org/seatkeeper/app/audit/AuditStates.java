package org.seatkeeper.app.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/**
 * One side (before or after) of an audit entry as the audit page reads it ({@link AuditChanges}): a JSON object of
 * field to value, in the map's order, so the page can show just the fields an entry changed.
 */
public final class AuditStates {

    // ObjectMapper is thread-safe once configured; this one is never reconfigured
    private static final ObjectMapper JSON = new ObjectMapper();

    private AuditStates() {
    }

    public static String of(Map<String, ?> fields) {
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write audit state", e);
        }
    }
}
