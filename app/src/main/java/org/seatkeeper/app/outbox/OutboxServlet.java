package org.seatkeeper.app.outbox;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.seatkeeper.app.mail.OutboxDispatcher;
import org.seatkeeper.app.web.Flash;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.Paging;
import org.seatkeeper.app.web.SessionUser;
import org.seatkeeper.db.Transactions;
import org.seatkeeper.db.audit.AuditAction;
import org.seatkeeper.db.audit.AuditEntity;
import org.seatkeeper.db.audit.AuditLog;
import org.seatkeeper.db.mail.MailStatus;
import org.seatkeeper.db.mail.OutboxMail;
import org.seatkeeper.db.mail.OutboxRepository;
import org.seatkeeper.db.settings.SettingsRepository;

/** GET /outbox lists sent, pending and failed mail; POST /outbox/{id}/retry puts a failed mail back in the queue. */
final class OutboxServlet extends PageServlet {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private static final int PAGE_SIZE = 50;
    private static final List<Map<String, String>> STATUSES = List.of(
            Map.of("value", "", "label", "All"), Map.of("value", "PENDING", "label", "Waiting"),
            Map.of("value", "SENT", "label", "Sent"), Map.of("value", "FAILED", "label", "Failed"));

    private final OutboxRepository outbox;
    private final SettingsRepository settings;
    private final OutboxDispatcher dispatcher;
    private final AuditLog audit;
    private final Transactions transactions;

    public OutboxServlet(PageSupport pages, OutboxRepository outbox, SettingsRepository settings, OutboxDispatcher dispatcher,
                         AuditLog audit, Transactions transactions) {
        super(pages);
        this.outbox = outbox;
        this.settings = settings;
        this.dispatcher = dispatcher;
        this.audit = audit;
        this.transactions = transactions;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String status = request.getParameter("status") == null ? "" : request.getParameter("status");
        if (!status.isEmpty() && STATUSES.stream().noneMatch(s -> s.get("value").equals(status))) {
            response.sendRedirect("/outbox");
            return;
        }
        int total = status.isEmpty() ? countAll() : outbox.countByStatus(MailStatus.valueOf(status));
        Paging paging = Paging.of(request, total, PAGE_SIZE);
        List<OutboxRow> rows = outbox.recent(status, paging.offset(), PAGE_SIZE).stream().map(OutboxServlet::toRow).toList();
        render(request, response, "mail/outbox.ftlh", Map.of("page", Map.of("mails", rows, "status", status,
                "statusOptions", STATUSES, "paging", paging, "smtpMissing", !settings.load().smtpConfigured())));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SessionUser user = requireWriter(request);
        long id = idFromPath(request, 1);
        transactions.run(() -> {
            outbox.retry(id);
            audit.record(user.username(), AuditAction.RETRY, AuditEntity.MAIL, id, "Mail " + id + " queued again");
        });
        int sent = dispatcher.dispatchPending();
        redirect(request, response, "/outbox", sent > 0 ? Flash.success("Mail sent.")
                : Flash.warning("The mail is queued again; it will be sent when the mail server answers."));
    }

    private int countAll() {
        return outbox.countByStatus(MailStatus.PENDING) + outbox.countByStatus(MailStatus.SENT) + outbox.countByStatus(MailStatus.FAILED);
    }

    private static OutboxRow toRow(OutboxMail mail) {
        String kind = switch (mail.status()) {
            case SENT -> "ok";
            case PENDING -> "warn";
            case FAILED -> "bad";
        };
        String label = switch (mail.status()) {
            case SENT -> "sent " + TIME.format(mail.sentAt());
            case PENDING -> "waiting";
            case FAILED -> "failed";
        };
        return new OutboxRow(mail.id(), TIME.format(mail.createdAt()), org.seatkeeper.app.web.Words.capitalized(mail.kind()),
                mail.recipients(), mail.subject(), label,
                kind, mail.attempts(), mail.lastError() == null ? "" : mail.lastError(), mail.status() == MailStatus.FAILED);
    }
}
