package org.seatkeeper.app.notifications;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.seatkeeper.db.accounts.InactiveAccountNotifications;
import org.seatkeeper.db.accounts.NewAccountNotifications;
import org.seatkeeper.db.notifications.NotificationGroup;

/**
 * An open notification as the dashboard and the notifications page show it: one line per group of similar ones
 * ("12 new provider accounts at Pax8"), or the notification itself when it is alone.
 *
 * @param count        how many open notifications the line stands for
 * @param id           the notification's id when it is alone (its own "Dismiss"), else 0
 * @param kind         the group's kind and {@code providerId} ("" for none): its "Dismiss all"
 */
public record NotificationLine(String createdAt, String title, String message, String link, int count, long id,
                               String kind, String providerId) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    public static NotificationLine of(NotificationGroup g) {
        var n = g.latest();
        String when = TIME.format(n.createdAt());
        String provider = g.providerId() == null ? "" : g.providerId().toString();
        if (g.count() == 1) {
            return new NotificationLine(when, n.title(), n.message(), n.link() == null ? "" : n.link(), 1, n.id(),
                    g.kind(), provider);
        }
        String title;
        String link;
        switch (g.kind()) {
            case NewAccountNotifications.KIND -> {
                title = g.count() + " new provider accounts at " + g.providerName();
                link = "/provider-accounts?providerId=" + provider + "&filter=UNMAPPED";
            }
            case InactiveAccountNotifications.KIND -> {
                title = g.count() + " provider accounts at " + g.providerName() + " turned inactive";
                link = "/provider-accounts?providerId=" + provider + "&filter=INACTIVE";
            }
            case FailedJobNotices.KIND -> {
                title = g.count() + " job runs failed";
                link = "/jobs";
            }
            case ClosingWindowNotices.KIND -> {
                title = g.count() + " NCE cancellation windows close within 72 hours";
                link = "/reports/morning";
            }
            default -> {
                title = g.count() + " notifications like: " + n.title();
                link = "/notifications";
            }
        }
        return new NotificationLine(when, title, "The newest: " + n.title(), link, g.count(), 0, g.kind(), provider);
    }
}
