package org.seatkeeper.app.health;

import org.seatkeeper.app.context.AppContext;

/** /health: for monitoring, without signing in. */
public final class HealthWiring {

    private HealthWiring() {
    }

    public static void register(AppContext app) {
        app.web().route("/health", new HealthServlet(app.database(), app.pages().version()));
    }
}
