package org.seatkeeper.app.mismatch;

import java.util.List;
import java.util.Map;
import org.seatkeeper.app.web.Paging;

/** The license mismatch report as the template shows it. */
public record MismatchReportPage(Map<String, String> filter, List<Option> providers, List<Option> customers,
                          List<Option> checks, List<GroupRow> groups, int hiddenGroups, List<FindingRow> rows, Paging paging,
                          String openFindings, String acknowledged, String moneyAtStake, List<CheckStatus> checkRuns,
                          String csvHref, String backQuery, boolean running, String lastRun) {

    public record Option(String value, String label) {
    }

    public record GroupRow(String check, String customer, int findings, String moneyAtStake, String href) {
    }

    public record CheckStatus(String check, String meaning, String state, String reason) {
    }
}
