package org.seatkeeper.app.system;

import org.seatkeeper.app.audit.AuditWiring;
import org.seatkeeper.app.context.AppContext;
import org.seatkeeper.app.dashboard.DashboardWiring;
import org.seatkeeper.app.health.HealthWiring;
import org.seatkeeper.app.notifications.NotificationsWiring;
import org.seatkeeper.app.outbox.OutboxWiring;
import org.seatkeeper.app.settings.SettingsWiring;
import org.seatkeeper.app.web.Assets;
import org.seatkeeper.app.web.WebServer;

/** The pages every installation has: dashboard, health, notifications, outbox, audit log, settings, static files. */
final class SystemWiring {

    private SystemWiring() {
    }

    static void register(AppContext app, Runnable onScheduleChange) {
        serveAssets(app.web(), app.pages().assets());
        DashboardWiring.register(app);
        HealthWiring.register(app);
        NotificationsWiring.register(app);
        OutboxWiring.register(app);
        AuditWiring.register(app);
        SettingsWiring.register(app, onScheduleChange);
    }

    /** CSS and scripts: their addresses carry a version, so a browser may keep them for a year (see Assets). */
    private static void serveAssets(WebServer web, Assets assets) {
        String forAYear = "public, max-age=31536000, immutable";
        web.files(assets.prefix(), assets.staticDirectory(), forAYear);
        assets.webJarDirectories().forEach((prefix, directory) -> web.files(prefix, directory, forAYear));
    }

    /** Registered last so feature areas come first in the menu. */
    static void registerAdminNavigation(AppContext app) {
        OutboxWiring.addMenu(app);
        AuditWiring.addMenu(app);
        SettingsWiring.addMenu(app);
    }
}
