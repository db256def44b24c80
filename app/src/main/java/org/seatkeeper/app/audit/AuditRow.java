package org.seatkeeper.app.audit;

import java.util.List;

/**
 * One line of the audit page, for people: the action and the kind of record in words ("Update", "Billing contract 5"),
 * and {@code changes}, a line per field that differs between the entry's before and after states.
 */
public record AuditRow(String occurredAt, String username, String action, String entity, String summary,
                       List<String> changes) {
}
