package org.seatkeeper.app.invoices;

import java.util.List;
import org.seatkeeper.app.web.FormModel;

/**
 * The billing run page: the period and customer asked for, each contract's draft, the totals of all drafts per
 * currency, and how many drafts could be finalized at once.
 */
public record BillingRunPage(FormModel form, String periodLabel, List<Option> customers, List<Draft> drafts,
                             List<String> totals, int finalizable, int withWarnings, int empty, String month,
                             String customer) {

    public record Option(String value, String label) {
    }

    /** One contract's draft invoice. */
    public record Draft(long contractId, String contractName, long customerId, String customerName, String period,
                        List<Line> lines, List<String> totals, List<Warning> warnings, boolean canFinalize,
                        boolean empty, boolean supplement) {
    }

    public record Line(String subscription, String subscriptionHref, String product, String kind, String quantity,
                       String period, String periods, String unitPrice, String amount, String events,
                       String description) {
    }

    /** What to look at, and where to fix it. */
    public record Warning(String message, String fixHref, String fixLabel, boolean blocking) {
    }
}
