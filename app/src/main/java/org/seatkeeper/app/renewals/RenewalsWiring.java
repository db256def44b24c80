package org.seatkeeper.app.renewals;

import java.util.List;
import org.seatkeeper.app.context.AppContext;
import org.seatkeeper.app.web.DashboardCard;
import org.seatkeeper.db.renewals.ClosingWindow;
import org.seatkeeper.db.renewals.RenewalQueries;

/**
 * The renewals calendar (#20): /renewals, the cancellation windows closing within 72 hours and the renewals week by
 * week over the next 90 days, its CSV, and the dashboard's card of windows closing.
 */
public final class RenewalsWiring {

    private RenewalsWiring() {
    }

    public static void register(AppContext app) {
        RenewalQueries renewals = new RenewalQueries(app.database().dsl());
        RenewalFilters filters = new RenewalFilters(app.clock());
        app.web().route("/renewals", new RenewalsServlet(app.pages(), renewals, filters))
                .route("/renewals.csv", new RenewalsCsvServlet(app.pages(), renewals, filters));
        app.navigation().add("renewals", "Renewals", "/renewals");
        // the last days to take licenses back (NCE): kept among the page figures, the column has no index
        app.dashboard().addCard(() -> {
            var soon = filters.closingSoon();
            List<ClosingWindow> closing = app.pages().figures().get("renewals.closing",
                    () -> renewals.windowsClosing(soon[0], soon[1]));
            int refundable = closing.stream().mapToInt(w -> w.refundableQuantity() == null ? 0 : w.refundableQuantity())
                    .sum();
            return new DashboardCard("Cancellation windows closing in 72 h", String.valueOf(closing.size()),
                    closing.isEmpty() ? "No license can be given back soon: nothing to decide."
                            : refundable + (refundable == 1 ? " license" : " licenses")
                            + " can still be given back: decide before the window closes.",
                    "/renewals#closing", !closing.isEmpty());
        });
    }
}
