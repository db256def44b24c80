package org.seatkeeper.app.notifications;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.seatkeeper.app.web.Flash;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.Paging;
import org.seatkeeper.app.web.SessionUser;
import org.seatkeeper.db.Transactions;
import org.seatkeeper.db.audit.AuditAction;
import org.seatkeeper.db.audit.AuditEntity;
import org.seatkeeper.db.audit.AuditLog;
import org.seatkeeper.db.notifications.NotificationRepository;

/**
 * GET /notifications: the open ones, similar ones grouped ("12 new provider accounts at Pax8"), then every
 * notification; POST /notifications/{id}/dismiss marks one as handled, POST /notifications/dismiss-group a group.
 */
final class NotificationsServlet extends PageServlet {

    private static final int PAGE_SIZE = 50;
    private static final int OPEN_GROUPS = 50;

    private final NotificationRepository notifications;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    public NotificationsServlet(PageSupport pages, NotificationRepository notifications, AuditLog audit,
                                Transactions transactions, Clock clock) {
        super(pages);
        this.notifications = notifications;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Paging paging = Paging.of(request, notifications.countAll(), PAGE_SIZE);
        List<NotificationRow> rows = notifications.all(paging.offset(), PAGE_SIZE).stream().map(NotificationRow::of).toList();
        List<NotificationLine> open = notifications.openGroups(OPEN_GROUPS).stream().map(NotificationLine::of).toList();
        render(request, response, "notifications/list.ftlh",
                Map.of("page", Map.of("open", open, "notifications", rows, "paging", paging)));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SessionUser user = requireWriter(request);
        if (request.getRequestURI().endsWith("/dismiss-group")) {
            dismissGroup(request, response, user);
            return;
        }
        long id = idFromPath(request, 1);
        transactions.run(() -> {
            notifications.dismiss(id, user.username(), clock.instant());
            audit.record(user.username(), AuditAction.DISMISS, AuditEntity.NOTIFICATION, id, "Notification " + id + " dismissed");
        });
        redirect(request, response, "/notifications", Flash.success("Notification dismissed."));
    }

    private void dismissGroup(HttpServletRequest request, HttpServletResponse response, SessionUser user)
            throws IOException {
        String kind = request.getParameter("kind") == null ? "" : request.getParameter("kind");
        Long providerId;
        try {
            String p = request.getParameter("providerId");
            providerId = p == null || p.isBlank() ? null : Long.parseLong(p);
        } catch (NumberFormatException e) {
            providerId = null;
        }
        Long provider = providerId;
        int dismissed = transactions.inTransaction(() -> {
            int n = notifications.dismissGroup(kind, provider, user.username(), clock.instant());
            if (n > 0) {
                audit.record(user.username(), AuditAction.DISMISS, AuditEntity.NOTIFICATION, kind,
                        n + " notifications of kind " + kind + (provider == null ? "" : " about provider " + provider)
                                + " dismissed");
            }
            return n;
        });
        redirect(request, response, "/notifications", dismissed > 0
                ? Flash.success(dismissed + " notifications dismissed.")
                : Flash.warning("Those notifications were dismissed already."));
    }
}
