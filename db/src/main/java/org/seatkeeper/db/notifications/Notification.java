package org.seatkeeper.db.notifications;

import java.time.Instant;

public record Notification(long id, Instant createdAt, String kind, String subjectType, long subjectId, String title,
                           String message, String link, Instant dismissedAt, String dismissedBy) {
}
