package org.seatkeeper.db.audit;

import java.time.Instant;

/** One change a person (or a job) made: who, when, what, and the state before and after. */
public record AuditEntry(long id, Instant occurredAt, String username, String action, String entityType,
                         String entityId, String summary, String beforeState, String afterState) {
}
