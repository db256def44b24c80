package org.seatkeeper.app.reports;

import java.time.LocalDate;
import java.util.List;
import org.seatkeeper.app.mismatch.FindingRow;
import org.seatkeeper.db.mismatch.ReportLine;
import org.seatkeeper.db.settings.WebAddress;

/**
 * The morning report of one date, as the page and the mail show it. A section that is switched off, or whose feature
 * does not exist yet (invitations), is null and left out. {@code night} is always there: a night that did not finish
 * is told first, whatever the sections. {@code unlinkedLicenses} (tenant licenses no billing profile bills) goes with
 * the unmapped accounts' section: both are licenses nobody is billed for. {@code psaLinks} (license links the PSA
 * sync holds back until a person decides: a hand edit in ConnectWise, a cut-over) goes with the mismatches' section.
 */
public record MorningReport(LocalDate date, String title, Night night, Jobs jobs, Lines unmapped, Mismatches mismatches,
                            Lines invitations, Lines cancellationWindows, Lines renewals,
                            List<CredentialsLine> credentials, Lines unlinkedLicenses, Lines psaLinks, ComingRun comingRun) {

    /**
     * The report as a mail shows it: each line's link is the full address of its page, or none (the line's name as
     * plain text) when no web address is set, since a mail client cannot open a bare path.
     */
    MorningReport linkedFrom(WebAddress web) {
        return new MorningReport(date, title, night, jobs, linked(unmapped, web), mismatches == null ? null
                : mismatches.linkedFrom(web), linked(invitations, web),
                linked(cancellationWindows, web), linked(renewals, web), credentials.stream()
                .map(c -> new CredentialsLine(c.provider(), web.link(c.href()).orElse(null), c.whatToDo())).toList(),
                linked(unlinkedLicenses, web), linked(psaLinks, web),
                comingRun == null ? null : new ComingRun(comingRun.heading(), comingRun.totals(), comingRun.drafts(),
                        comingRun.warnings(), web.link(comingRun.href()).orElse(null)));
    }

    private static Lines linked(Lines section, WebAddress web) {
        if (section == null) {
            return null;
        }
        return new Lines(section.heading(), section.count(), section.lines().stream()
                .map(l -> new ReportLine(l.id(), l.name(), l.customerName(), l.providerName(), l.quantity(), l.date(),
                        web.link(l.href()).orElse(null)))
                .toList(), section.moreHref() == null ? null : web.link(section.moreHref()).orElse(null));
    }

    /**
     * Whether last night finished. @param failed "what: why" of each run of the night that failed or stopped (empty
     * when the night finished or is still running)
     * @param notChecked what the report could not check because of it, one sentence each
     */
    public record Night(List<String> failed, List<String> notChecked) {
    }

    /** @param startedBy who started a run by hand; empty for the night's runs */
    public record JobLine(String job, String status, String statusKind, String counts, String message,
                          String startedBy) {
    }

    /**
     * What {@link LastNight} says: @param runs last night's, counted in ok and failed
     * @param byHand the runs people started since yesterday's report, listed apart
     */
    public record Jobs(int ok, int failed, List<JobLine> runs, List<JobLine> byHand) {
    }

    /** A provider that refused Seatkeeper's credentials: always in the report until new ones are saved. */
    public record CredentialsLine(String provider, String href, String whatToDo) {
    }

    /**
     * A section: its heading, how many lines it has in all, the first of them, and where the rest are.
     *
     * @param moreHref the page with every line (null in a mail without a web address)
     */
    public record Lines(String heading, int count, List<ReportLine> lines, String moreHref) {

        public Lines(String heading, int count, List<ReportLine> lines) {
            this(heading, count, lines, null);
        }

        /** How many lines the section leaves out. */
        public int more() {
            return Math.max(0, count - lines.size());
        }
    }

    /**
     * The billing run of the coming month as a preview (nothing finalized): its totals per currency, how many drafts,
     * and the warnings to fix before finalizing. {@code href}: the billing run page (null in a mail without a web
     * address).
     */
    public record ComingRun(String heading, List<String> totals, int drafts, List<String> warnings, String href) {
    }

    /**
     * @param newHref       the report of the new findings, every one (null in a mail without a web address)
     * @param stillOpenHref the report of every open finding (likewise)
     */
    public record Mismatches(int open, int fresh, String moneyAtStake, String newMoneyAtStake, List<FindingRow> newRows,
                             List<FindingRow> stillOpenRows, int stillOpen, String newHref, String stillOpenHref) {

        Mismatches linkedFrom(WebAddress web) {
            return new Mismatches(open, fresh, moneyAtStake, newMoneyAtStake, newRows, stillOpenRows, stillOpen,
                    web.link(newHref).orElse(null), web.link(stillOpenHref).orElse(null));
        }

        /** New findings the report leaves out (the report lists the largest). */
        public int moreNew() {
            return Math.max(0, fresh - newRows.size());
        }

        /** Still-open findings the report leaves out. */
        public int moreStillOpen() {
            return Math.max(0, stillOpen - stillOpenRows.size());
        }
    }
}
