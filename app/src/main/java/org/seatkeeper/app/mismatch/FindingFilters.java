package org.seatkeeper.app.mismatch;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.seatkeeper.db.mismatch.CheckKind;
import org.seatkeeper.db.mismatch.FindingFilter;
import org.seatkeeper.db.mismatch.MismatchHistoryRepository;
import org.seatkeeper.db.mismatch.MismatchNight;

/**
 * The report's filter from the query string (provider, customer, check, new since yesterday), shared by the page and
 * the CSV export so the export holds exactly what the page shows. Unknown values are ignored, not errors.
 */
final class FindingFilters {

    private final MismatchHistoryRepository history;
    private final java.time.Clock clock;

    FindingFilters(MismatchHistoryRepository history, java.time.Clock clock) {
        this.history = history;
        this.clock = clock;
    }

    /** The values as typed, for the form and for links. */
    static Map<String, String> values(HttpServletRequest request) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : new String[] {"provider", "customer", "check", "new"}) {
            String v = request.getParameter(name);
            if (v != null && !v.isBlank()) {
                values.put(name, v.trim());
            }
        }
        return values;
    }

    /** The values of a query string the report wrote ("?customer=3&check=GHOST"), for a form sent back to it. */
    static Map<String, String> fromQuery(String query) {
        Map<String, String> values = new LinkedHashMap<>();
        if (query == null) {
            return values;
        }
        for (String pair : query.replaceFirst("^\\?", "").split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                String name = pair.substring(0, eq);
                String value = java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8).trim();
                if (java.util.Set.of("provider", "customer", "check", "new").contains(name) && !value.isEmpty()) {
                    values.put(name, value);
                }
            }
        }
        return values;
    }

    FindingFilter parse(Map<String, String> values) {
        CheckKind check = null;
        try {
            check = values.containsKey("check") ? CheckKind.valueOf(values.get("check")) : null;
        } catch (IllegalArgumentException e) {
            // a hand-edited link: show every check
        }
        LocalDate newSince = "1".equals(values.get("new")) ? newSince() : null;
        return new FindingFilter(id(values.get("provider")), id(values.get("customer")), check, newSince);
    }

    /** "New since yesterday": first seen by the latest night's run. */
    LocalDate newSince() {
        LocalDate today = LocalDate.now(clock);
        return history.latestOnOrBefore(today).map(MismatchNight::businessDate).orElse(today);
    }

    static String query(Map<String, String> values) {
        StringBuilder q = new StringBuilder();
        values.forEach((k, v) -> q.append(q.length() == 0 ? "?" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return q.toString();
    }

    private static Long id(String value) {
        try {
            return value == null ? null : Optional.of(Long.parseLong(value)).orElse(null);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
