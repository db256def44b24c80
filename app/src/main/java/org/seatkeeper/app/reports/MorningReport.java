package org.seatkeeper.app.reports;

import java.time.LocalDate;
import java.util.List;
import org.seatkeeper.app.mismatch.FindingRow;
import org.seatkeeper.db.mismatch.ReportLine;

/**
 * The morning report of one date, as the page and the mail show it. A section that is switched off, or whose feature
 * does not exist yet (invitations), is null and left out.
 */
public record MorningReport(LocalDate date, String title, Jobs jobs, Lines unmapped, Mismatches mismatches,
                            Lines invitations, Lines cancellationWindows, Lines renewals) {

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

    public record Lines(String heading, int count, List<ReportLine> lines) {
    }

    public record Mismatches(int open, int fresh, String moneyAtStake, String newMoneyAtStake, List<FindingRow> newRows,
                             List<FindingRow> stillOpenRows, int stillOpen) {
    }
}
