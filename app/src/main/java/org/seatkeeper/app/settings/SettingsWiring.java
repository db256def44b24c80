package org.seatkeeper.app.settings;

import org.seatkeeper.app.context.AppContext;
import org.seatkeeper.db.settings.SettingsRepository;

/** The settings page (administrators) and its test mail. */
public final class SettingsWiring {

    private SettingsWiring() {
    }

    /** @param onScheduleChange told when saved settings may change a schedule (the nightly chain, the backup) */
    public static void register(AppContext app, Runnable onScheduleChange) {
        app.web().route("/settings", new SettingsServlet(app.pages(), new SettingsRepository(app.database().dsl()),
                        app.secrets(), app.audit(), app.database().transactions(), onScheduleChange))
                .route("/settings/test-mail", new TestMailServlet(app.pages(), app.mail()));
    }

    /** Last in the menu. */
    public static void addMenu(AppContext app) {
        app.navigation().addAdmin("settings", "Settings", "/settings");
    }
}
