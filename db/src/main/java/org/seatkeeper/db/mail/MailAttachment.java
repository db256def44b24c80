package org.seatkeeper.db.mail;

import java.util.Objects;

/** A file a mail carries: its name as the recipient sees it, its MIME type and its bytes. */
public record MailAttachment(String fileName, String contentType, byte[] content) {

    public MailAttachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
    }
}
