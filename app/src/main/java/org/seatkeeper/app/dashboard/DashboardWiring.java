package org.seatkeeper.app.dashboard;

import org.seatkeeper.app.context.AppContext;
import org.seatkeeper.app.web.NotFoundServlet;
import org.seatkeeper.db.notifications.NotificationRepository;

/** The dashboard at "/" (the cards every feature adds to {@code app.dashboard()}); any other unknown path is a 404. */
public final class DashboardWiring {

    private DashboardWiring() {
    }

    public static void register(AppContext app) {
        app.web().route("", new DashboardServlet(app.pages(), app.dashboard(), new NotificationRepository(app.database().dsl())))
                .route("/", new NotFoundServlet(app.pages()));
        app.navigation().add("dashboard", "Dashboard", "/");
    }
}
