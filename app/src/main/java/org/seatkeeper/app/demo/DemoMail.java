package org.seatkeeper.app.demo;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The demo's mail server: a real SMTP server on loopback (GreenMail) that Seatkeeper's outbox sends to like to any
 * other, keeping every message in memory so the "Sent mail" page can show it as the customer would read it. Not
 * started until the demo is; a restarted demo starts with an empty mailbox (the outbox page keeps the history).
 */
public final class DemoMail implements AutoCloseable {

    private volatile GreenMail server;

    /** One mail as received. */
    public record Received(int index, Instant sentAt, String from, String to, String subject, String text, String html,
                           List<Attachment> attachments) {
    }

    public record Attachment(int index, String fileName, String contentType, int size) {
    }

    /** The file of one attachment, for download. */
    public record AttachmentFile(String fileName, String contentType, byte[] content) {
    }

    /** Starts the server on a free loopback port and returns it. */
    synchronized int start() {
        if (server == null) {
            GreenMail started = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
            started.start();
            server = started;
        }
        return server.getSmtp().getPort();
    }

    public boolean started() {
        return server != null;
    }

    /** Every mail received, newest first. */
    public List<Received> received() {
        GreenMail current = server;
        if (current == null) {
            return List.of();
        }
        MimeMessage[] messages = current.getReceivedMessages();
        List<Received> all = new ArrayList<>();
        for (int i = 0; i < messages.length; i++) {
            all.add(read(i, messages[i]));
        }
        java.util.Collections.reverse(all);
        return all;
    }

    public Optional<AttachmentFile> attachment(int message, int index) {
        GreenMail current = server;
        if (current == null) {
            return Optional.empty();
        }
        MimeMessage[] messages = current.getReceivedMessages();
        if (message < 0 || message >= messages.length) {
            return Optional.empty();
        }
        try {
            List<Part> files = new ArrayList<>();
            walk(messages[message], new StringBuilder[2], files);
            if (index < 0 || index >= files.size()) {
                return Optional.empty();
            }
            Part file = files.get(index);
            return Optional.of(new AttachmentFile(file.getFileName(), baseType(file.getContentType()), bytes(file)));
        } catch (MessagingException | IOException e) {
            return Optional.empty();
        }
    }

    private static Received read(int index, MimeMessage message) {
        try {
            StringBuilder[] bodies = new StringBuilder[2];
            List<Part> files = new ArrayList<>();
            walk(message, bodies, files);
            List<Attachment> attachments = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                Part file = files.get(i);
                attachments.add(new Attachment(i, file.getFileName(), baseType(file.getContentType()), bytes(file).length));
            }
            String to = message.getAllRecipients() == null ? "" : Arrays.stream(message.getAllRecipients())
                    .map(a -> a instanceof InternetAddress internet ? internet.toUnicodeString() : a.toString())
                    .collect(Collectors.joining(", "));
            String from = message.getFrom() == null || message.getFrom().length == 0 ? "" : message.getFrom()[0].toString();
            Instant sent = message.getSentDate() == null ? null : message.getSentDate().toInstant();
            return new Received(index, sent, from, to, message.getSubject(), bodies[0] == null ? "" : bodies[0].toString(),
                    bodies[1] == null ? "" : bodies[1].toString(), attachments);
        } catch (MessagingException | IOException e) {
            return new Received(index, null, "", "", "(this mail could not be read: " + e.getMessage() + ")", "", "", List.of());
        }
    }

    /** The first plain-text and HTML bodies, and every part that is a file. */
    private static void walk(Part part, StringBuilder[] bodies, List<Part> files) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                walk(child, bodies, files);
            }
        } else if (part.getFileName() != null || Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            files.add(part);
        } else if (part.isMimeType("text/plain") && bodies[0] == null) {
            bodies[0] = new StringBuilder(String.valueOf(part.getContent()));
        } else if (part.isMimeType("text/html") && bodies[1] == null) {
            bodies[1] = new StringBuilder(String.valueOf(part.getContent()));
        }
    }

    private static byte[] bytes(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toByteArray();
        }
    }

    private static String baseType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }
}
