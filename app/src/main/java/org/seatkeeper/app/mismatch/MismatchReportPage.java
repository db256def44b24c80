package org.seatkeeper.app.mismatch;

import java.util.List;
import java.util.Map;
import org.seatkeeper.app.web.Paging;

/**
 * The license mismatch report as the template shows it: the open findings and their money at stake, the acknowledged
 * ones apart, a summary per customer, and this page's findings under their customer.
 *
 * @param attempt an acknowledgement this page refused (the note kept in its row's form), or null
 */
public record MismatchReportPage(Map<String, String> filter, List<Option> providers, List<Option> customers,
                          List<Option> checks, List<CustomerGroup> groups, int hiddenGroups, List<CustomerSection> sections,
                          Paging paging, String openFindings, String acknowledged, String moneyAtStake,
                          String acknowledgedMoney, List<CheckStatus> checkRuns, String csvHref, String backQuery,
                          boolean running, String lastRun, AckAttempt attempt) {

    /** What the findings table says when it is empty: a report nobody has run yet proves nothing agrees. */
    public String emptyText() {
        if ("never".equals(lastRun)) {
            return "No reconciliation has run yet, so nothing has been compared: run it now or wait for tonight's.";
        }
        return filter.isEmpty() ? "No open findings. Every quantity agrees." : "No open findings for this filter.";
    }

    /** The typed note for a row's acknowledge form: what was typed when this row's acknowledgement was refused. */
    public String noteFor(long findingId) {
        return attempt != null && attempt.findingId() == findingId ? attempt.note() : "";
    }

    /** The reason this row's acknowledgement was refused, or empty. */
    public String errorFor(long findingId) {
        return attempt != null && attempt.findingId() == findingId ? attempt.error() : "";
    }

    public record Option(String value, String label) {
    }

    /** One check of a customer's findings, linked to the report narrowed to it. */
    public record CheckCount(String check, int findings, String href) {
    }

    /**
     * A customer's findings over the whole filter: open ones, acknowledged ones and the open money at stake.
     *
     * @param href the report narrowed to this customer ("" when the findings have no customer)
     */
    public record CustomerGroup(String customer, String href, int open, int acknowledged, String moneyAtStake,
                                List<CheckCount> checks) {

        /** "2 open · 1 acknowledged", the words the group header and summary show. */
        public String counts() {
            return open + " open" + (acknowledged > 0 ? " · " + acknowledged + " acknowledged" : "");
        }
    }

    /** This page's findings of one customer, open ones first, under the customer's counts over the whole filter. */
    public record CustomerSection(CustomerGroup group, List<FindingRow> rows) {
    }

    /** An acknowledgement refused for its note: the row keeps what was typed and says why. */
    public record AckAttempt(long findingId, String note, String error) {
    }

    public record CheckStatus(String check, String meaning, String state, String reason) {
    }
}
