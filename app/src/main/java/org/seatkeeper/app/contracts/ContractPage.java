package org.seatkeeper.app.contracts;

import java.util.List;
import org.seatkeeper.app.web.Paging;

/**
 * The contract page: terms, one page of subscriptions with price, cost and margin, the monthly total (computed in Java), the
 * health check, and the progress of its "Sync subscriptions" run.
 *
 * @param syncPercent -1 while the total is unknown
 * @param pricing the contract's price rule and fixed prices, in a line
 */
public record ContractPage(long id, String name, long customerId, String customerName, List<Fact> facts,
                           boolean needsReview, List<Line> lines, Paging paging, String monthlyTotal, String monthlyCost,
                           String monthlyMargin, List<HealthProblem> problems, boolean syncRunning,
                           int syncPercent, String syncStatus, boolean canAddManual, String pricing) {

    public record Fact(String label, String value) {
    }

    /** While its sync runs, the page refreshes itself to show the progress. */
    public int refreshSeconds() {
        return syncRunning ? 2 : 0;
    }

    public record Line(long id, String name, String product, int quantity, String status, String price, String cost,
                       String margin, String monthly, String termEnd, boolean manual) {
    }
}
