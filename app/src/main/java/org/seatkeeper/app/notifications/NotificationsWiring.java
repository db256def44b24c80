package org.seatkeeper.app.notifications;

import org.seatkeeper.app.context.AppContext;
import org.seatkeeper.db.notifications.NotificationRepository;

/** The notifications page and its menu entry with the count of open ones. */
public final class NotificationsWiring {

    private NotificationsWiring() {
    }

    public static void register(AppContext app) {
        NotificationRepository notifications = new NotificationRepository(app.database().dsl());
        var transactions = app.database().transactions();
        app.web().route("/notifications", new NotificationsServlet(app.pages(), notifications, app.audit(), transactions, app.clock()))
                .route("/notifications/*", new NotificationsServlet(app.pages(), notifications, app.audit(), transactions, app.clock()));
        app.navigation().add("notifications", "Notifications", "/notifications", notifications::countOpen);
    }
}
