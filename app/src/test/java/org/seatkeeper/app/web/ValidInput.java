package org.seatkeeper.app.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.seatkeeper.app.support.RunningApp;

/**
 * What a person would type into each field so that a form is accepted: the fuzzing sends one hostile value at a time
 * with every other field valid, so the value reaches the checks behind the first "required" and, when it passes them,
 * the database. A field the page already filled keeps its value; an empty one gets the value for its name here, a
 * select or radio group its first real choice. Names, user names and ids carry a running number, so a second
 * accepted form does not collide with the first on a unique name.
 *
 * <p>"Pinned" fields always get their value, whatever the page shows: where mail goes and when the nightly run starts
 * stay on loopback and out of the test's way, even after a hostile value was saved in them.
 */
final class ValidInput {

    static final String NEW_PASSWORD = "quiet lantern orchard 2604";

    private static final Map<String, String> BY_NAME = Map.ofEntries(
            Map.entry("name", "Fuzz %d"),
            Map.entry("companyName", "Fuzz Company %d"),
            Map.entry("displayName", "Fuzz Person %d"),
            Map.entry("username", "fuzz%d"),
            Map.entry("firstName", "Fuzz"),
            Map.entry("lastName", "Person %d"),
            Map.entry("contactFirstName", "Fuzz"),
            Map.entry("contactLastName", "Person %d"),
            Map.entry("email", "fuzz%d@example.com"),
            Map.entry("contactEmail", "fuzz%d@example.com"),
            Map.entry("recipient", "fuzz%d@example.com"),
            Map.entry("recipients", "fuzz%d@example.com"),
            Map.entry("phone", "+44 20 7946 0000"),
            Map.entry("contactPhone", "+44 20 7946 0000"),
            Map.entry("postalCode", "98052"),
            Map.entry("country", "US"),
            Map.entry("countries", "US, GB"),
            Map.entry("addressLine1", "1 Microsoft Way"),
            Map.entry("city", "Redmond"),
            Map.entry("state", "WA"),
            Map.entry("offerId", "FUZZ-%d"),
            Map.entry("domain", "fuzz%d.example.com"),
            Map.entry("domainPrefix", "fuzz%d"),
            Map.entry("tenantDomain", "fuzz%d.onmicrosoft.com"),
            Map.entry("link", "https://example.com/terms"),
            Map.entry("reason", "fuzzing"),
            Map.entry("note", "fuzzing"),
            Map.entry("subject", "Fuzz invitation"),
            Map.entry("dateSigned", "2026-12-01"),
            Map.entry("startDate", "2026-12-01"),
            Map.entry("effectiveDate", "2026-12-07"),
            Map.entry("listPrice", "12.50"),
            Map.entry("price", "12.50"),
            Map.entry("unitCost", "10.00"),
            Map.entry("billingDay", "1"),
            Map.entry("currentPassword", RunningApp.PASSWORD),
            Map.entry("password", NEW_PASSWORD),
            Map.entry("confirmPassword", NEW_PASSWORD));

    private final Map<String, String> byName = new HashMap<>(BY_NAME);
    private final Map<String, String> pinned = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> byRoute = new HashMap<>();

    /** @param more values that depend on the running fixture (the emulator's credentials and addresses) */
    ValidInput(Map<String, String> more, Map<String, String> pinned) {
        byName.putAll(more);
        this.pinned.putAll(pinned);
    }

    /** What one route's form takes whatever its page shows (the sign-in form: a user who exists, her password). */
    void forRoute(String route, Map<String, String> values) {
        byRoute.put(route, Map.copyOf(values));
    }

    /** The form as a person would fill it in; {@code n} makes names unique. */
    Map<String, String> of(FoundForm form, int n) {
        Map<String, String> values = new LinkedHashMap<>(form.served);
        Map<String, String> route = byRoute.getOrDefault(form.route, Map.of());
        for (String field : form.fuzzable) {
            String served = values.getOrDefault(field, "");
            List<String> choices = form.choices.get(field);
            if (route.containsKey(field)) {
                values.put(field, route.get(field));
            } else if (pinned.containsKey(field)) {
                values.put(field, pinned.get(field));
            } else if (field.equals("quantity")) {
                // a change form refuses the quantity the subscription already has: each post asks for another
                int quantity = 2 + n % 40;
                values.put(field, String.valueOf(String.valueOf(quantity).equals(served) ? quantity + 1 : quantity));
            } else if (!served.isEmpty()) {
                continue;
            } else if (choices != null) {
                choices.stream().filter(choice -> !choice.isEmpty()).findFirst().ifPresent(choice -> values.put(field, choice));
            } else if (byName.containsKey(field)) {
                values.put(field, byName.get(field).replace("%d", String.valueOf(n)));
            }
        }
        return values;
    }

    /** The CSV file an import form expects: a header with the form's column names and one valid line. */
    static String csv(Map<String, String> values, int n) {
        return csv(values, List.of("FZ-" + n, "FUZZ-SKU-1", "Fuzz product", "3", "2026-03-01", "2027-02-28"));
    }

    /** The same header with each value of the line set to {@code hostile} (quoted, so it arrives whole). */
    static String csvWith(Map<String, String> values, String hostile) {
        String quoted = "\"" + hostile.replace("\"", "\"\"") + "\"";
        return csv(values, List.of(quoted, quoted, quoted, quoted, quoted, quoted));
    }

    private static String csv(Map<String, String> values, List<String> line) {
        String header = List.of("subscriptionColumn", "offerColumn", "nameColumn", "quantityColumn", "startColumn",
                "termEndColumn").stream().map(column -> values.getOrDefault(column, column)).collect(Collectors.joining(","));
        return header + "\r\n" + String.join(",", line) + "\r\n";
    }
}
