package org.seatkeeper.app.outbox;

public record OutboxRow(long id, String createdAt, String kind, String recipients, String subject, String status,
                        String statusKind, int attempts, String lastError, boolean retryable) {
}
