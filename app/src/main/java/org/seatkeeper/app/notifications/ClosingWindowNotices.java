package org.seatkeeper.app.notifications;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.seatkeeper.db.notifications.CancellationWindowNotifications;
import org.seatkeeper.db.settings.SettingsRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At the end of every night: a notification for each NCE cancellation window that closes within 72 hours (today and
 * the next three days in the reseller's time zone), one per window, never again the next night.
 */
public final class ClosingWindowNotices {

    public static final String KIND = CancellationWindowNotifications.KIND;
    private static final Logger LOG = LoggerFactory.getLogger(ClosingWindowNotices.class);

    private final CancellationWindowNotifications windows;
    private final SettingsRepository settings;
    private final Clock clock;

    public ClosingWindowNotices(CancellationWindowNotifications windows, SettingsRepository settings, Clock clock) {
        this.windows = windows;
        this.settings = settings;
        this.clock = clock;
    }

    /** For the nightly chain's end: a failure is logged, not thrown. */
    public void raiseQuietly() {
        try {
            LocalDate today = LocalDate.now(clock.withZone(zone()));
            int raised = windows.raiseClosing(today, today.plusDays(3), clock.instant());
            if (raised > 0) {
                LOG.info("{} NCE cancellation window(s) close within 72 hours: notified", raised);
            }
        } catch (RuntimeException e) {
            LOG.warn("No notifications for closing cancellation windows: {}", e.getMessage(), e);
        }
    }

    private ZoneId zone() {
        try {
            return ZoneId.of(settings.load().timeZone());
        } catch (RuntimeException e) {
            return ZoneId.of("UTC");
        }
    }
}
