package org.seatkeeper.app.mismatch;

import java.util.List;
import java.util.Map;
import org.seatkeeper.app.web.Paging;

/** The license mismatch report as the template shows it. */
public record MismatchReportPage(Map<String, String> filter, List<Option> providers, List<Option> customers,
                          List<Option> checks, List<GroupRow> groups, int hiddenGroups, List<FindingRow> rows, Paging paging,
                          String openFindings, String acknowledged, String moneyAtStake, List<CheckStatus> checkRuns,
                          String csvHref, String backQuery, boolean running, String lastRun) {

    /** What the findings table says when it is empty: a report nobody has run yet proves nothing agrees. */
    public String emptyText() {
        if ("never".equals(lastRun)) {
            return "No reconciliation has run yet, so nothing has been compared: run it now or wait for tonight's.";
        }
        return filter.isEmpty() ? "No open findings. Every quantity agrees." : "No open findings for this filter.";
    }

    public record Option(String value, String label) {
    }

    public record GroupRow(String check, String customer, int findings, String moneyAtStake, String href) {
    }

    public record CheckStatus(String check, String meaning, String state, String reason) {
    }
}
