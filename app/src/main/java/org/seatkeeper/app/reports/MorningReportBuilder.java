package org.seatkeeper.app.reports;

import java.time.Clock;
import java.time.LocalDate;
import org.seatkeeper.app.providers.CredentialsAdvice;
import org.seatkeeper.db.providers.CredentialsProblemRepository;
import java.time.ZoneId;
import java.util.List;
import org.seatkeeper.app.jobs.JobRow;
import org.seatkeeper.app.mismatch.Amounts;
import org.seatkeeper.app.mismatch.FindingRow;
import org.seatkeeper.batch.jobs.JobHistory;
import org.seatkeeper.batch.jobs.JobRun;
import org.seatkeeper.db.mismatch.FindingFilter;
import org.seatkeeper.db.mismatch.FindingQuery;
import org.seatkeeper.db.mismatch.MismatchHistoryRepository;
import org.seatkeeper.db.mismatch.MismatchNight;
import org.seatkeeper.db.mismatch.MorningReportQueries;
import org.seatkeeper.db.mismatch.ReportLine;
import org.seatkeeper.db.mismatch.ReportSchedule;
import org.seatkeeper.db.psabilling.UnlinkedLicenses;
import org.seatkeeper.db.psasync.LinkAdditionState.SyncState;
import org.seatkeeper.db.psasync.LinksNeedingAPerson;

/** Builds the morning report of a date from the night's jobs, findings and the calendar of the subscriptions. */
public final class MorningReportBuilder {

    static final int MAX_FINDINGS = 50;
    /** A section of the short report (the mail, the page) lists this many lines and links to the rest. */
    static final int SECTION_LINES = 10;
    /** The newest runs looked at: a night of every provider's sync and a day of runs by hand; a report of a day
     *  long past may miss some. */
    static final int RECENT_RUNS = 100;

    private final JobHistory jobs;
    private final FindingQuery findings;
    private final MorningReportQueries queries;
    private final MismatchHistoryRepository reconciliations;
    private final CredentialsProblemRepository credentialsProblems;
    private final UnlinkedLicenses unlinkedLicenses;
    private final LinksNeedingAPerson psaLinks;
    private final ComingRunPreview comingRun;

    public MorningReportBuilder(JobHistory jobs, FindingQuery findings, MorningReportQueries queries,
                                MismatchHistoryRepository reconciliations, CredentialsProblemRepository credentialsProblems,
                                UnlinkedLicenses unlinkedLicenses, LinksNeedingAPerson psaLinks,
                                ComingRunPreview comingRun) {
        this.unlinkedLicenses = unlinkedLicenses;
        this.psaLinks = psaLinks;
        this.credentialsProblems = credentialsProblems;
        this.comingRun = comingRun;
        this.jobs = jobs;
        this.findings = findings;
        this.queries = queries;
        this.reconciliations = reconciliations;
    }

    /** How the night of the report of {@code date} went (see {@link LastNight} for which night that is). */
    NightOutcome night(LocalDate date, ReportSchedule schedule, ZoneId zone, String nightlyCron) {
        return NightOutcome.of(jobs.recent(RECENT_RUNS), LastNight.of(date, schedule.sendTime(), nightlyCron, zone),
                reconciliations.latestOnOrBefore(date).map(MismatchNight::businessDate));
    }

    /** @param nightlyCron the nightly schedule's cron expression, which says when last night began (see LastNight) */
    public MorningReport build(LocalDate date, ReportSchedule sections, ZoneId zone, String nightlyCron) {
        return build(date, sections, zone, nightlyCron, false);
    }

    /** @param everyLine the page's "all" view: every line of every section, not the first {@value #SECTION_LINES} */
    public MorningReport build(LocalDate date, ReportSchedule sections, ZoneId zone, String nightlyCron,
                               boolean everyLine) {
        int limit = everyLine ? Integer.MAX_VALUE : SECTION_LINES;
        var from = date.minusDays(1).atStartOfDay(zone).toInstant();
        var to = date.plusDays(1).atStartOfDay(zone).toInstant();
        LastNight lastNight = LastNight.of(date, sections.sendTime(), nightlyCron, zone);
        NightOutcome night = night(date, sections, zone, nightlyCron);
        return new MorningReport(date, title(date, night), new MorningReport.Night(night.failed(), night.notChecked()),
                sections.jobs() ? jobs(night, lastNight) : null,
                sections.unmapped() ? lines("New unmapped provider accounts", queries.newUnmappedAccounts(from, to),
                        "/provider-accounts?filter=UNMAPPED", limit) : null,
                sections.mismatches() ? mismatches(date, Math.min(limit, MAX_FINDINGS)) : null,
                sections.invitations() ? lines("Invitations awaiting acceptance", queries.invitationsAwaiting(),
                        "/onboarding", limit) : null,
                sections.cancellation() ? lines("NCE cancellation windows closing in the next 72 hours",
                        queries.cancellationWindowsClosing(date, date.plusDays(3)),
                        "/reports/morning?date=" + date + "&all=1#section-cancellation", limit) : null,
                sections.renewals() ? lines("Renewals in the next 30 days", queries.renewals(date, date.plusDays(30)),
                        "/reports/morning?date=" + date + "&all=1#section-renewals", limit) : null,
                credentialsProblems.list().stream().map(problem -> new MorningReport.CredentialsLine(problem.providerName(),
                        "/providers/" + problem.providerId(), CredentialsAdvice.whatToDo(problem))).toList(),
                sections.unmapped() ? unlinked(Math.min(limit, MAX_FINDINGS)) : null,
                sections.mismatches() ? psaLinks(Math.min(limit, MAX_FINDINGS)) : null,
                comingRun.of(date));
    }

    private static String title(LocalDate date, NightOutcome night) {
        String title = "Seatkeeper morning report, " + date;
        if (!night.failed().isEmpty()) {
            return title + ": last night did not finish";
        }
        return night.complete() && night.restarted() ? title + ": last night finished after a restart" : title;
    }

    /** The night's runs, one line each (a failed run restarted to completion is one completed line), and apart the
     *  runs people started since yesterday's report. */
    private MorningReport.Jobs jobs(NightOutcome night, LastNight lastNight) {
        int ok = (int) night.runs().stream().filter(NightOutcome.Attempts::completed).count();
        int failed = (int) night.runs().stream().filter(NightOutcome.Attempts::endedBadly).count();
        return new MorningReport.Jobs(ok, failed, night.runs().stream().map(MorningReportBuilder::line).toList(),
                jobs.recent(RECENT_RUNS).stream().filter(lastNight::byHand).map(r -> line(r, r.requestedBy()))
                        .toList());
    }

    private static MorningReport.JobLine line(NightOutcome.Attempts run) {
        MorningReport.JobLine line = line(run.latest(), "");
        if (!run.restartedToCompletion()) {
            return line;
        }
        return new MorningReport.JobLine(line.job(), line.status(), line.statusKind(), line.counts(),
                "completed on a restart; it had failed: " + run.firstFailed().exitMessage(), "");
    }

    private static MorningReport.JobLine line(JobRun r, String startedBy) {
        return new MorningReport.JobLine(JobRow.of(r).title(), r.status(),
                "COMPLETED".equals(r.status()) ? "ok" : "FAILED".equals(r.status()) ? "bad" : "info",
                r.read() + " read, " + r.written() + " written, " + r.skipped() + " skipped",
                r.exitMessage() == null ? "" : r.exitMessage(), startedBy == null ? "" : startedBy);
    }

    private MorningReport.Mismatches mismatches(LocalDate date, int limit) {
        FindingFilter fresh = new FindingFilter(null, null, null, date);
        var all = findings.totals(FindingFilter.all());
        var freshTotals = findings.totals(fresh);
        List<FindingRow> newRows = findings.page(fresh, 0, limit).stream()
                .map(f -> FindingRow.of(f, date)).toList();
        List<FindingRow> stillOpen = findings.page(FindingFilter.all(), 0, limit * 2).stream()
                .filter(f -> f.firstSeenOn().isBefore(date)).limit(limit)
                .map(f -> FindingRow.of(f, date)).toList();
        return new MorningReport.Mismatches(all.openFindings(), freshTotals.openFindings(),
                Amounts.money(all.moneyByCurrency()), Amounts.money(freshTotals.moneyByCurrency()), newRows, stillOpen,
                all.openFindings() - freshTotals.openFindings(), "/mismatches?new=1", "/mismatches");
    }

    /** Tenant licenses Seatkeeper sells that no billing profile bills yet: not invoiced through the PSA. */
    private MorningReport.Lines unlinked(int limit) {
        List<ReportLine> lines = unlinkedLicenses.all(limit).stream()
                .map(l -> new ReportLine(l.tenantLicenseId(), l.licenseName(), l.customerName(), null, l.purchased(), null,
                        "/customers/" + l.customerId() + "/licenses"))
                .toList();
        return new MorningReport.Lines("Tenant licenses not billed in the PSA (no billing profile)", unlinkedLicenses.countAll(),
                lines, "/licenses");
    }

    /** A section kept short: its first lines, how many there are in all, and where the rest are. */
    private static MorningReport.Lines lines(String heading, List<ReportLine> lines, String moreHref, int limit) {
        return new MorningReport.Lines(heading, lines.size(), lines.stream().limit(limit).toList(), moreHref);
    }

    /**
     * License links the PSA sync holds back until a person decides, each linking to its row on the customer's PSA
     * sync page, where it is taken over or cut over.
     */
    private MorningReport.Lines psaLinks(int limit) {
        List<ReportLine> lines = psaLinks.list(limit).stream()
                .map(l -> new ReportLine(l.linkId(), l.licenseName() + (l.state() == SyncState.EDITED_IN_PSA
                        ? ": its addition was edited by hand in ConnectWise (Seatkeeper bills " + l.wantedQuantity()
                        + "): accept it or write Seatkeeper's"
                        : ": hand-made additions on the agreement wait for a cut-over"), l.customerName(), "ConnectWise",
                        l.psaQuantity(), null,
                        "/customers/" + l.customerId() + "/licenses/psa-sync#link-" + l.linkId()))
                .toList();
        return new MorningReport.Lines("License links that need a person (the PSA sync leaves them alone until then)",
                psaLinks.count(), lines, "/psa/sync");
    }

    static LocalDate today(Clock clock, ZoneId zone) {
        return LocalDate.now(clock.withZone(zone));
    }
}
