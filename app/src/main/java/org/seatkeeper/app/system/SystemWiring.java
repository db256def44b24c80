package org.seatkeeper.app.system;

import org.seatkeeper.app.audit.AuditServlet;
import org.seatkeeper.app.dashboard.DashboardCard;
import org.seatkeeper.app.dashboard.DashboardServlet;
import org.seatkeeper.app.health.HealthServlet;
import org.seatkeeper.app.mail.OutboxServlet;
import org.seatkeeper.app.notifications.NotificationsServlet;
import org.seatkeeper.app.settings.SettingsServlet;
import org.seatkeeper.app.settings.TestMailServlet;
import org.seatkeeper.app.web.Assets;
import org.seatkeeper.app.web.NotFoundServlet;
import org.seatkeeper.db.mail.MailStatus;
import org.seatkeeper.db.mail.OutboxRepository;
import org.seatkeeper.db.notifications.NotificationRepository;
import org.seatkeeper.db.settings.SettingsRepository;

/** The pages every installation has: dashboard, health, notifications, outbox, audit log, settings, static files. */
final class SystemWiring {

    private SystemWiring() {
    }

    static void register(AppContext app, Runnable onScheduleChange) {
        var dsl = app.database().dsl();
        var transactions = app.database().transactions();
        NotificationRepository notifications = new NotificationRepository(dsl);
        OutboxRepository outbox = new OutboxRepository(dsl);
        SettingsRepository settings = new SettingsRepository(dsl);
        serveAssets(app.web(), app.pages().assets());
        app.web().route("", new DashboardServlet(app.pages(), app.dashboard(), notifications))
                .route("/", new NotFoundServlet(app.pages()))
                .route("/health", new HealthServlet(app.database(), app.pages().version()))
                .route("/notifications", new NotificationsServlet(app.pages(), notifications, app.audit(), transactions, app.clock()))
                .route("/notifications/*", new NotificationsServlet(app.pages(), notifications, app.audit(), transactions, app.clock()))
                .route("/outbox", new OutboxServlet(app.pages(), outbox, settings, app.mail(), app.audit(), transactions))
                .route("/outbox/*", new OutboxServlet(app.pages(), outbox, settings, app.mail(), app.audit(), transactions))
                .route("/audit", new AuditServlet(app.pages(), app.audit()))
                .route("/settings", new SettingsServlet(app.pages(), settings, app.secrets(), app.audit(), transactions, onScheduleChange))
                .route("/settings/test-mail", new TestMailServlet(app.pages(), app.mail()));
        app.navigation().add("dashboard", "Dashboard", "/")
                .add("notifications", "Notifications", "/notifications", notifications::countOpen);
        app.dashboard().addCard(() -> {
            int failed = outbox.countByStatus(MailStatus.FAILED);
            return new DashboardCard("Mail not sent", String.valueOf(failed),
                    failed == 0 ? "Every mail went out." : "Check the mail settings, then retry.", "/outbox?status=FAILED", failed > 0);
        });
    }

    /** CSS and scripts: their addresses carry a version, so a browser may keep them for a year (see Assets). */
    private static void serveAssets(WebServer web, Assets assets) {
        String forAYear = "public, max-age=31536000, immutable";
        web.files(assets.prefix(), assets.staticDirectory(), forAYear);
        assets.webJarDirectories().forEach((prefix, directory) -> web.files(prefix, directory, forAYear));
    }

    /** Registered last so feature areas come first in the menu. */
    static void registerAdminNavigation(AppContext app) {
        app.navigation().add("outbox", "Outbox", "/outbox").add("audit", "Audit log", "/audit")
                .addAdmin("settings", "Settings", "/settings");
    }
}
