package org.seatkeeper.app.notifications;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.seatkeeper.db.notifications.Notification;

public record NotificationRow(long id, String createdAt, String title, String message, String link, boolean open,
                              String dismissedBy) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    /** A notification as the notifications page and the dashboard show it. */
    public static NotificationRow of(Notification n) {
        return new NotificationRow(n.id(), TIME.format(n.createdAt()), n.title(), n.message(), n.link() == null ? "" : n.link(),
                n.dismissedAt() == null, n.dismissedBy() == null ? "" : n.dismissedBy());
    }
}
