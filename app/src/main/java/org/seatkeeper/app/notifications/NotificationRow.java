package org.seatkeeper.app.notifications;

public record NotificationRow(long id, String createdAt, String title, String message, String link, boolean open,
                              String dismissedBy) {
}
