package org.seatkeeper.app.mismatch;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.seatkeeper.app.mismatch.MismatchReportPage.AckAttempt;
import org.seatkeeper.app.mismatch.MismatchReportPage.CheckCount;
import org.seatkeeper.app.mismatch.MismatchReportPage.CheckStatus;
import org.seatkeeper.app.mismatch.MismatchReportPage.CustomerGroup;
import org.seatkeeper.app.mismatch.MismatchReportPage.CustomerSection;
import org.seatkeeper.app.mismatch.MismatchReportPage.Option;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.Paging;
import org.seatkeeper.batch.mismatch.MismatchRun;
import org.seatkeeper.db.mismatch.CheckKind;
import org.seatkeeper.db.mismatch.FindingFilter;
import org.seatkeeper.db.mismatch.FindingGroup;
import org.seatkeeper.db.mismatch.FindingQuery;
import org.seatkeeper.db.mismatch.MismatchHistoryRepository;
import org.seatkeeper.db.mismatch.MismatchTotals;

/**
 * GET /mismatches: the license mismatch report, filtered, by customer (the customers with the most money at stake
 * first), each customer's findings by money at stake. The acknowledge form re-renders it when it refuses a note.
 */
final class MismatchReportServlet extends PageServlet {

    static final int PAGE_SIZE = 50;
    static final int MAX_GROUPS = 30;

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
        render(request, response, "mismatch/report.ftlh",
                Map.of("page", page(FindingFilters.values(request), request.getParameter("page"), null)));
    }

    /** The report of {@code values} at page {@code pageNumber}, with the refused acknowledgement in its row. */
    void showRefused(HttpServletRequest request, HttpServletResponse response, Map<String, String> values,
                     String pageNumber, AckAttempt attempt) throws IOException {
        renderInvalid(request, response, "mismatch/report.ftlh", Map.of("page", page(values, pageNumber, attempt)));
    }

    private MismatchReportPage page(Map<String, String> values, String pageNumber, AckAttempt attempt) {
        FindingFilter filter = filters.parse(values);
        LocalDate newSince = cache.get("newSince", List.of(), filters::newSince);
        MismatchTotals totals = cache.get("totals", List.of(filter), () -> findings.totals(filter));
        Paging paging = paging(values, pageNumber, totals.listed());
        List<FindingRow> rows = cache.get("page", List.of(filter, paging.offset()),
                () -> findings.page(filter, paging.offset(), PAGE_SIZE)).stream()
                .map(f -> FindingRow.of(f, newSince)).toList();
        Map<Long, CustomerGroup> byCustomer = customerGroups(values,
                cache.get("groups", List.of(filter), () -> findings.groups(filter)));
        List<CustomerGroup> groups = byCustomer.values().stream().limit(MAX_GROUPS).toList();
        List<CheckStatus> checks = new ArrayList<>();
        String lastRun = "never";
        for (var c : cache.get("checkRuns", List.of(), history::checkRuns)) {
            checks.add(new CheckStatus(CheckTexts.label(c.check()), CheckTexts.meaning(c.check()), c.skipped() ? "skipped" : "ran",
                    c.skipReason() == null ? "" : c.skipReason()));
            lastRun = c.businessDate().toString();
        }
        return new MismatchReportPage(values,
                cache.get("providers", List.of(), findings::providers).stream().map(o -> new Option(String.valueOf(o.id()), o.name())).toList(),
                cache.get("customers", List.of(), findings::customers).stream().map(o -> new Option(String.valueOf(o.id()), o.name())).toList(),
                java.util.Arrays.stream(CheckKind.values()).map(k -> new Option(k.name(), CheckTexts.label(k))).toList(),
                groups, Math.max(0, byCustomer.size() - groups.size()), sections(rows, byCustomer), paging,
                String.valueOf(totals.openFindings()), String.valueOf(totals.acknowledged()),
                Amounts.money(totals.moneyByCurrency()), Amounts.money(totals.acknowledgedMoneyByCurrency()), checks,
                "/mismatches.csv" + FindingFilters.query(values), FindingFilters.query(values),
                pages.figures().get("mismatch.running", run::isRunning), lastRun, attempt);
    }

    /** The page's links keep the filter and nothing else (the acknowledge form's fields stay out of them). */
    private static Paging paging(Map<String, String> values, String pageNumber, int total) {
        int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = 1;
        try {
            page = pageNumber == null ? 1 : Integer.parseInt(pageNumber);
        } catch (NumberFormatException e) {
            // a hand-typed page number: the first page
        }
        page = Math.min(Math.max(page, 1), pages);
        return new Paging(page, pages, total, (page - 1) * PAGE_SIZE,
                page > 1 ? pageHref(values, page - 1) : "", page < pages ? pageHref(values, page + 1) : "");
    }

    private static String pageHref(Map<String, String> values, int page) {
        Map<String, String> withPage = new LinkedHashMap<>(values);
        withPage.put("page", String.valueOf(page));
        return "/mismatches" + FindingFilters.query(withPage);
    }

    /** Per customer (null: findings without one), the customers with the most open money at stake first. */
    private static Map<Long, CustomerGroup> customerGroups(Map<String, String> values, List<FindingGroup> groups) {
        Map<Long, List<FindingGroup>> byCustomer = new LinkedHashMap<>();
        for (FindingGroup g : groups) {
            byCustomer.computeIfAbsent(g.customerId(), k -> new ArrayList<>()).add(g);
        }
        List<Map.Entry<Long, CustomerGroup>> entries = new ArrayList<>();
        Map<Long, BigDecimal> moneyOf = new LinkedHashMap<>();
        byCustomer.forEach((customerId, checks) -> {
            Map<String, BigDecimal> money = new TreeMap<>();
            checks.forEach(g -> g.moneyByCurrency().forEach((c, m) -> money.merge(c, m, BigDecimal::add)));
            moneyOf.put(customerId, money.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
            String name = checks.get(0).customerName() == null ? "(no customer)" : checks.get(0).customerName();
            List<CheckCount> counts = checks.stream().sorted(Comparator.comparing(g -> CheckTexts.label(g.check())))
                    .map(g -> new CheckCount(CheckTexts.label(g.check()), g.findings() + g.acknowledged(),
                            narrowed(values, customerId, g.check()))).toList();
            entries.add(Map.entry(customerId == null ? Long.MIN_VALUE : customerId, new CustomerGroup(name,
                    customerId == null ? "" : narrowed(values, customerId, null),
                    checks.stream().mapToInt(FindingGroup::findings).sum(),
                    checks.stream().mapToInt(FindingGroup::acknowledged).sum(), Amounts.money(money), counts)));
        });
        entries.sort(Comparator.comparing((Map.Entry<Long, CustomerGroup> e) ->
                        moneyOf.get(e.getKey() == Long.MIN_VALUE ? null : e.getKey())).reversed()
                .thenComparing(e -> e.getValue().open(), Comparator.reverseOrder())
                .thenComparing(e -> e.getValue().customer()));
        Map<Long, CustomerGroup> sorted = new LinkedHashMap<>();
        entries.forEach(e -> sorted.put(e.getKey() == Long.MIN_VALUE ? null : e.getKey(), e.getValue()));
        return sorted;
    }

    /** The report narrowed to a customer (none: findings without one are only narrowed by check) and a check. */
    private static String narrowed(Map<String, String> values, Long customerId, CheckKind check) {
        Map<String, String> narrowed = new LinkedHashMap<>(values);
        if (customerId != null) {
            narrowed.put("customer", String.valueOf(customerId));
        }
        if (check != null) {
            narrowed.put("check", check.name());
        }
        return "/mismatches" + FindingFilters.query(narrowed);
    }

    /**
     * The page's findings under their customers, in the order the customers first appear (the page is by money at
     * stake), each customer's open findings before its acknowledged ones.
     */
    private static List<CustomerSection> sections(List<FindingRow> rows, Map<Long, CustomerGroup> groups) {
        Map<Long, List<FindingRow>> byCustomer = new LinkedHashMap<>();
        for (FindingRow row : rows) {
            byCustomer.computeIfAbsent(row.customerId(), k -> new ArrayList<>()).add(row);
        }
        List<CustomerSection> sections = new ArrayList<>();
        byCustomer.forEach((customerId, customerRows) -> {
            CustomerGroup group = Objects.requireNonNullElseGet(groups.get(customerId), () -> new CustomerGroup(
                    customerRows.get(0).customer(), "", customerRows.size(), 0, "", List.of()));
            sections.add(new CustomerSection(group, customerRows.stream()
                    .sorted(Comparator.comparing(FindingRow::acknowledged)).toList()));
        });
        return sections;
    }
}
