package org.seatkeeper.db.mail;

import java.util.List;

/** A mail to queue: plain text always, HTML optionally. */
public record NewMail(String kind, List<String> recipients, String subject, String bodyText, String bodyHtml) {
    public NewMail {
        if (recipients == null || recipients.isEmpty()) {
            throw new IllegalArgumentException("A mail needs at least one recipient");
        }
        recipients = List.copyOf(recipients);
    }
}
