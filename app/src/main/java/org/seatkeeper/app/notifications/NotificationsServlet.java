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

/** GET /notifications lists them; POST /notifications/{id}/dismiss marks one as handled. */
final class NotificationsServlet extends PageServlet {

    private static final int PAGE_SIZE = 50;

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
        render(request, response, "notifications/list.ftlh", Map.of("page", Map.of("notifications", rows, "paging", paging)));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SessionUser user = requireWriter(request);
        long id = idFromPath(request, 1);
        transactions.run(() -> {
            notifications.dismiss(id, user.username(), clock.instant());
            audit.record(user.username(), AuditAction.DISMISS, AuditEntity.NOTIFICATION, id, "Notification " + id + " dismissed");
        });
        redirect(request, response, "/notifications", Flash.success("Notification dismissed."));
    }
}
