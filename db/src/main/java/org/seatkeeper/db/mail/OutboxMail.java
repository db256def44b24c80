package org.seatkeeper.db.mail;

import java.time.Instant;

/** A mail waiting in, sent from, or failed in the outbox. */
public record OutboxMail(long id, Instant createdAt, String kind, String recipients, String subject, String bodyText,
                         String bodyHtml, MailStatus status, int attempts, String lastError, Instant lastAttemptAt,
                         Instant sentAt) {
}
