package org.seatkeeper.app.renewals;

import java.util.List;

/**
 * The renewals calendar as the template shows it: the cancellation windows closing within 72 hours, the filters, the coming weeks with what renews in each, and the
 * rows of the week chosen (the first week with renewals unless one is asked for).
 */
public record RenewalsPage(List<ClosingRow> closing, String from, String to, List<Option> providers,
                           List<Option> customers, List<Week> weeks, Week chosen, List<Row> rows, int total,
                           String csvHref) {

    /** A cancellation window closing within 72 hours: the last days to take licenses back. */
    public record ClosingRow(long subscriptionId, String subscription, long customerId, String customer,
                             String provider, int quantity, String refundable, String allowedUntil, String closes) {
    }

    /** A choice of a filter's select; {@code value} empty for "all". */
    public record Option(String value, String label, boolean selected) {
    }

    /** One week of the window: its Monday, what renews in it, and where its rows are. */
    public record Week(String label, String start, int renewals, int licenses, int autoRenewOff, String href,
                       boolean chosen) {
    }

    public record Row(long subscriptionId, String subscription, long customerId, String customer, String provider,
                      String product, String term, int quantity, String autoRenew, boolean expires, String termEnd,
                      String status, String bills, String costs) {
    }
}
