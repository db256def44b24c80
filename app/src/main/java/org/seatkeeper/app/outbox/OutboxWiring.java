package org.seatkeeper.app.outbox;

import org.seatkeeper.app.context.AppContext;
import org.seatkeeper.app.web.DashboardCard;
import org.seatkeeper.db.mail.MailStatus;
import org.seatkeeper.db.mail.OutboxRepository;
import org.seatkeeper.db.settings.SettingsRepository;

/** The outbox page (every mail sent or waiting) and the dashboard's "Mail not sent" card. */
public final class OutboxWiring {

    private OutboxWiring() {
    }

    public static void register(AppContext app) {
        var dsl = app.database().dsl();
        OutboxRepository outbox = new OutboxRepository(dsl);
        SettingsRepository settings = new SettingsRepository(dsl);
        var transactions = app.database().transactions();
        app.web().route("/outbox", new OutboxServlet(app.pages(), outbox, settings, app.mail(), app.audit(), transactions))
                .route("/outbox/*", new OutboxServlet(app.pages(), outbox, settings, app.mail(), app.audit(), transactions));
        app.dashboard().addCard(() -> {
            int failed = outbox.countByStatus(MailStatus.FAILED);
            return new DashboardCard("Mail not sent", String.valueOf(failed),
                    failed == 0 ? "Every mail went out." : "Check the mail settings, then retry.", "/outbox?status=FAILED", failed > 0);
        });
    }

    /** After the feature areas: the menu lists the outbox near the end. */
    public static void addMenu(AppContext app) {
        app.navigation().add("outbox", "Outbox", "/outbox");
    }
}
