package org.seatkeeper.billing.billingrun;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.seatkeeper.db.catalog.BillingCycle;

/**
 * A contract's run for a month: monthly contracts have a run period starting on their billing day of every month,
 * annual ones only in the month their year starts (the month the contract started), triennial ones every third year.
 */
public final class ContractBilling {

    private ContractBilling() {
    }

    public static Optional<DraftInvoice> draft(long contractId, BillingCalendar calendar, BillingCycle contractCycle,
                                               YearMonth month, List<BillableSubscription> subscriptions) {
        return calendar.runPeriodStartingIn(month, contractCycle).map(run -> DraftInvoice.of(contractId, run,
                subscriptions.stream().map(each -> SubscriptionBilling.charges(each, calendar, run)).toList()));
    }
}
