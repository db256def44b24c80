package org.seatkeeper.app.audit;

public record AuditRow(String occurredAt, String username, String action, String entity, String summary) {
}
