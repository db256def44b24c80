package org.seatkeeper.app.mismatch;

import java.util.List;
import org.jooq.DSLContext;
import org.seatkeeper.db.mismatch.FindingFilter;
import org.seatkeeper.db.mismatch.FindingQuery;
import org.seatkeeper.db.mismatch.MismatchTotals;

/**
 * For the customer page: a customer's open license mismatch findings, ready to show ({@link FindingRow}: the
 * numbers, direction, money at stake and the link to fix each), and the report link filtered to that customer.
 * Usage: {@code new CustomerFindings(app.database().dsl()).of(customerId, 20)}.
 */
public final class CustomerFindings {

    private final FindingQuery findings;

    public CustomerFindings(DSLContext dsl) {
        this.findings = new FindingQuery(dsl);
    }

    /** The customer's open findings, by money at stake, at most {@code limit}. */
    public List<FindingRow> of(long customerId, int limit) {
        return findings.page(FindingFilter.forCustomer(customerId), 0, limit).stream()
                .map(f -> FindingRow.of(f, null)).toList();
    }

    public MismatchTotals totals(long customerId) {
        return findings.totals(FindingFilter.forCustomer(customerId));
    }

    /** The mismatch report filtered to this customer. */
    public static String reportHref(long customerId) {
        return "/mismatches?customer=" + customerId;
    }
}
