package org.seatkeeper.app.audit;

/** One line of the audit page; {@code changes} lists what differs between the entry's before and after states. */
public record AuditRow(String occurredAt, String username, String action, String entity, String summary,
                       String changes) {
}
