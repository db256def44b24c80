package org.seatkeeper.app.audit;

import org.seatkeeper.app.context.AppContext;

/** The audit log page: who changed what. */
public final class AuditWiring {

    private AuditWiring() {
    }

    public static void register(AppContext app) {
        app.web().route("/audit", new AuditServlet(app.pages(), app.audit()));
    }

    /** After the feature areas: the menu lists the audit log near the end. */
    public static void addMenu(AppContext app) {
        app.navigation().add("audit", "Audit log", "/audit");
    }
}
