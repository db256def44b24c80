package org.seatkeeper.app.mismatch;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.seatkeeper.app.mismatch.MismatchReportPage.CheckStatus;
import org.seatkeeper.app.mismatch.MismatchReportPage.GroupRow;
import org.seatkeeper.app.mismatch.MismatchReportPage.Option;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.Paging;
import org.seatkeeper.batch.mismatch.MismatchRun;
import org.seatkeeper.db.mismatch.CheckKind;
import org.seatkeeper.db.mismatch.FindingFilter;
import org.seatkeeper.db.mismatch.FindingQuery;
import org.seatkeeper.db.mismatch.MismatchHistoryRepository;
import org.seatkeeper.db.mismatch.MismatchTotals;
import org.seatkeeper.db.mismatch.FindingGroup;

/** GET /mismatches: the license mismatch report, filtered, grouped by check and customer, by money at stake. */
final class MismatchReportServlet extends PageServlet {

    static final int PAGE_SIZE = 50;
    static final int MAX_GROUPS = 30;
    private static final java.util.Comparator<FindingGroup> LARGEST_FIRST =
            java.util.Comparator.comparing((FindingGroup g) -> g.moneyByCurrency().values().stream()
                    .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add)).reversed()
                    .thenComparing(FindingGroup::findings, java.util.Comparator.reverseOrder());

    private final FindingQuery findings;
    private final MismatchHistoryRepository history;
    private final FindingFilters filters;
    private final MismatchRun run;
    private final ReportCache cache;

    MismatchReportServlet(PageSupport pages, FindingQuery findings, MismatchHistoryRepository history,
                          FindingFilters filters, MismatchRun run, ReportCache cache) {
        super(pages);
        this.cache = cache;
        this.findings = findings;
        this.history = history;
        this.filters = filters;
        this.run = run;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, String> values = FindingFilters.values(request);
        FindingFilter filter = filters.parse(values);
        LocalDate newSince = cache.get("newSince", List.of(), filters::newSince);
        MismatchTotals totals = cache.get("totals", List.of(filter), () -> findings.totals(filter));
        Paging paging = Paging.of(request, totals.openFindings(), PAGE_SIZE);
        List<FindingRow> rows = cache.get("page", List.of(filter, paging.offset()),
                () -> findings.page(filter, paging.offset(), PAGE_SIZE)).stream()
                .map(f -> FindingRow.of(f, newSince)).toList();
        List<FindingGroup> allGroups = cache.get("groups", List.of(filter), () -> findings.groups(filter));
        // the largest groups only: a long tail is reached through the filters, not by scrolling
        List<GroupRow> groups = allGroups.stream().sorted(LARGEST_FIRST).limit(MAX_GROUPS).map(g -> {
            Map<String, String> narrowed = new java.util.LinkedHashMap<>(values);
            narrowed.put("check", g.check().name());
            if (g.customerId() != null) {
                narrowed.put("customer", g.customerId().toString());
            }
            return new GroupRow(CheckTexts.label(g.check()), g.customerName() == null ? "(no customer)" : g.customerName(),
                    g.findings(), Amounts.money(g.moneyByCurrency()), "/mismatches" + FindingFilters.query(narrowed));
        }).toList();
        List<CheckStatus> checks = new ArrayList<>();
        String lastRun = "never";
        for (var c : cache.get("checkRuns", List.of(), history::checkRuns)) {
            checks.add(new CheckStatus(CheckTexts.label(c.check()), CheckTexts.meaning(c.check()), c.skipped() ? "skipped" : "ran",
                    c.skipReason() == null ? "" : c.skipReason()));
            lastRun = c.businessDate().toString();
        }
        MismatchReportPage page = new MismatchReportPage(values,
                cache.get("providers", List.of(), findings::providers).stream().map(o -> new Option(String.valueOf(o.id()), o.name())).toList(),
                cache.get("customers", List.of(), findings::customers).stream().map(o -> new Option(String.valueOf(o.id()), o.name())).toList(),
                java.util.Arrays.stream(CheckKind.values()).map(k -> new Option(k.name(), CheckTexts.label(k))).toList(),
                groups, Math.max(0, allGroups.size() - groups.size()), rows, paging, String.valueOf(totals.openFindings()), String.valueOf(totals.acknowledged()),
                Amounts.money(totals.moneyByCurrency()), checks, "/mismatches.csv" + FindingFilters.query(values),
                FindingFilters.query(values), pages.figures().get("mismatch.running", run::isRunning), lastRun);
        render(request, response, "mismatch/report.ftlh", Map.of("page", page));
    }
}
