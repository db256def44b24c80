package org.seatkeeper.app.renewals;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import org.seatkeeper.db.renewals.RenewalQueries;

/**
 * The calendar's window (today and the 89 days after it) and its provider and customer filters from the request.
 * An id that is not a number is read as "all": a filter is a link or a select, and a hand-edited address should
 * still show the calendar rather than an error.
 */
final class RenewalFilters {

    static final int DAYS = 90;

    private final Clock clock;

    RenewalFilters(Clock clock) {
        this.clock = clock;
    }

    RenewalQueries.Window window(HttpServletRequest request) {
        LocalDate today = LocalDate.now(clock);
        return new RenewalQueries.Window(today, today.plusDays(DAYS - 1), id(request, "provider"), id(request, "customer"));
    }

    /** Today and the two days after it: a window that closes on one of them closes within 72 hours. */
    LocalDate[] closingSoon() {
        LocalDate today = LocalDate.now(clock);
        return new LocalDate[] {today, today.plusDays(2)};
    }

    RenewalQueries.Window unfiltered() {
        LocalDate today = LocalDate.now(clock);
        return new RenewalQueries.Window(today, today.plusDays(DAYS - 1), null, null);
    }

    /** The query string of the filters, for the week links and the CSV. */
    static String query(RenewalQueries.Window window) {
        StringBuilder query = new StringBuilder();
        if (window.providerId() != null) {
            query.append("provider=").append(window.providerId());
        }
        if (window.customerId() != null) {
            query.append(query.isEmpty() ? "" : "&").append("customer=").append(window.customerId());
        }
        return query.toString();
    }

    private static Long id(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException notAnId) {
            return null;
        }
    }
}
