package org.seatkeeper.app.renewals;

import org.seatkeeper.app.context.AppContext;
import org.seatkeeper.db.renewals.RenewalQueries;

/** The renewals calendar (#20): /renewals, week by week over the next 90 days, and its CSV. */
public final class RenewalsWiring {

    private RenewalsWiring() {
    }

    public static void register(AppContext app) {
        RenewalQueries renewals = new RenewalQueries(app.database().dsl());
        RenewalFilters filters = new RenewalFilters(app.clock());
        app.web().route("/renewals", new RenewalsServlet(app.pages(), renewals, filters))
                .route("/renewals.csv", new RenewalsCsvServlet(app.pages(), renewals, filters));
        app.navigation().add("renewals", "Renewals", "/renewals");
    }
}
