package org.seatkeeper.app.demo;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;

/**
 * GET /demo/mail (administrators, demo mode only): every mail the demo's SMTP server received, newest first, with its
 * text, HTML as the customer's mail program would show it, and attachments.
 */
final class SentMailServlet extends PageServlet {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private final DemoMail mail;

    SentMailServlet(PageSupport pages, DemoMail mail) {
        super(pages);
        this.mail = mail;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        requireAdmin(request);
        List<SentMailRow> rows = mail.received().stream().map(m -> new SentMailRow(m.index(),
                m.sentAt() == null ? "" : TIME.format(m.sentAt()), m.from(), m.to(), m.subject() == null ? "(no subject)" : m.subject(),
                m.text(), m.html(), m.attachments())).toList();
        render(request, response, "demo/mail.ftlh", Map.of("page", Map.of("mails", rows, "started", mail.started())));
    }
}
