package org.seatkeeper.app.renewals;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.db.renewals.ClosingWindow;
import org.seatkeeper.db.renewals.Renewal;
import org.seatkeeper.db.renewals.RenewalQueries;

/**
 * GET /renewals: every live subscription whose term ends in the next 90 days, week by week (Monday to Sunday), with
 * the customer, product, term, quantity, whether it renews or expires, and what the renewed term bills and costs;
 * filtered by provider and customer. One week's rows at a time; the CSV has them all.
 */
final class RenewalsServlet extends PageServlet {

    private final RenewalQueries renewals;
    private final RenewalFilters filters;

    RenewalsServlet(PageSupport pages, RenewalQueries renewals, RenewalFilters filters) {
        super(pages);
        this.renewals = renewals;
        this.filters = filters;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        user(request);
        RenewalQueries.Window window = filters.window(request);
        List<Renewal> all = renewals.renewing(window);
        // the filters offer what renews in the window at all, so a select never leads to an empty calendar
        List<Renewal> unfiltered = window.providerId() == null && window.customerId() == null ? all
                : renewals.renewing(filters.unfiltered());

        Map<LocalDate, List<Renewal>> byWeek = new TreeMap<>();
        for (LocalDate monday = monday(window.from()); !monday.isAfter(window.to()); monday = monday.plusWeeks(1)) {
            byWeek.put(monday, new ArrayList<>());
        }
        all.forEach(r -> byWeek.get(monday(r.termEndDate())).add(r));
        LocalDate chosen = chosenWeek(request.getParameter("week"), byWeek);
        String filterQuery = RenewalFilters.query(window);

        List<RenewalsPage.Week> weeks = new ArrayList<>();
        RenewalsPage.Week chosenWeek = null;
        for (Map.Entry<LocalDate, List<Renewal>> week : byWeek.entrySet()) {
            List<Renewal> in = week.getValue();
            RenewalsPage.Week row = new RenewalsPage.Week("Week of " + week.getKey(), week.getKey().toString(),
                    in.size(), in.stream().mapToInt(Renewal::quantity).sum(),
                    (int) in.stream().filter(r -> !r.autoRenew()).count(),
                    "/renewals?" + (filterQuery.isEmpty() ? "" : filterQuery + "&") + "week=" + week.getKey(),
                    week.getKey().equals(chosen));
            weeks.add(row);
            if (row.chosen()) {
                chosenWeek = row;
            }
        }
        List<RenewalsPage.Row> rows = byWeek.get(chosen).stream().map(RenewalsServlet::row).toList();
        LocalDate[] soon = filters.closingSoon();
        List<RenewalsPage.ClosingRow> closing = renewals.windowsClosing(soon[0], soon[1]).stream()
                .map(w -> closingRow(w, soon[0])).toList();
        render(request, response, "renewals/calendar.ftlh", Map.of("page", new RenewalsPage(closing,
                window.from().toString(),
                window.to().toString(), providerOptions(unfiltered, window), customerOptions(unfiltered, window),
                weeks, chosenWeek, rows, all.size(), "/renewals.csv" + (filterQuery.isEmpty() ? "" : "?" + filterQuery))));
    }

    static RenewalsPage.Row row(Renewal r) {
        return new RenewalsPage.Row(r.subscriptionId(), r.subscriptionName(), r.customerId(), r.customerName(),
                r.providerName(), r.productName() == null ? "—" : r.productName(), RenewalTexts.term(r), r.quantity(),
                RenewalTexts.autoRenew(r), !r.autoRenew(), r.termEndDate().toString(), RenewalTexts.status(r),
                RenewalTexts.perPeriod(r.bills(), r), RenewalTexts.perPeriod(r.costs(), r));
    }

    private static RenewalsPage.ClosingRow closingRow(ClosingWindow w, LocalDate today) {
        long days = java.time.temporal.ChronoUnit.DAYS.between(today, w.allowedUntil());
        String closes = days == 0 ? "closes today" : days == 1 ? "closes tomorrow" : "closes in " + days + " days";
        return new RenewalsPage.ClosingRow(w.subscriptionId(), w.subscriptionName(), w.customerId(), w.customerName(),
                w.providerName(), w.quantity(), w.refundableQuantity() == null ? "not given by the provider"
                : w.refundableQuantity() + (w.refundableQuantity() == 1 ? " license" : " licenses"),
                w.allowedUntil().toString(), closes);
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The week asked for when it is one of the window's, else the first week with renewals, else the first. */
    private static LocalDate chosenWeek(String asked, Map<LocalDate, List<Renewal>> byWeek) {
        if (asked != null) {
            try {
                LocalDate week = monday(LocalDate.parse(asked.strip()));
                if (byWeek.containsKey(week)) {
                    return week;
                }
            } catch (DateTimeParseException notADate) {
                // a hand-edited address: show the calendar from its first busy week
            }
        }
        return byWeek.entrySet().stream().filter(e -> !e.getValue().isEmpty()).map(Map.Entry::getKey).findFirst()
                .orElse(byWeek.keySet().iterator().next());
    }

    private static List<RenewalsPage.Option> providerOptions(List<Renewal> renewals, RenewalQueries.Window window) {
        Map<String, String> byId = new LinkedHashMap<>();
        renewals.stream().sorted((a, b) -> a.providerName().compareToIgnoreCase(b.providerName()))
                .forEach(r -> byId.putIfAbsent(String.valueOf(r.providerId()), r.providerName()));
        return options(byId, window.providerId(), "All providers");
    }

    private static List<RenewalsPage.Option> customerOptions(List<Renewal> renewals, RenewalQueries.Window window) {
        Map<String, String> byId = new LinkedHashMap<>();
        renewals.stream().sorted((a, b) -> a.customerName().compareToIgnoreCase(b.customerName()))
                .forEach(r -> byId.putIfAbsent(String.valueOf(r.customerId()), r.customerName()));
        return options(byId, window.customerId(), "All customers");
    }

    private static List<RenewalsPage.Option> options(Map<String, String> labelsById, Long selected, String all) {
        List<RenewalsPage.Option> options = new ArrayList<>();
        options.add(new RenewalsPage.Option("", all, selected == null));
        labelsById.forEach((id, label) -> options.add(new RenewalsPage.Option(id, label,
                Objects.equals(id, selected == null ? null : selected.toString()))));
        return options;
    }
}
