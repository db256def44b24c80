package org.seatkeeper.app.demo;

import java.util.List;

/** One received mail as the Sent mail page shows it (public: the template reads it). */
public record SentMailRow(int index, String sentAt, String from, String to, String subject, String text, String html,
                          List<DemoMail.Attachment> attachments) {
}
