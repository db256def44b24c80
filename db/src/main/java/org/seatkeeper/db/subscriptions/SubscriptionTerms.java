package org.seatkeeper.db.subscriptions;

import java.time.LocalDate;

/** The dates and renewal options of a subscription; none of them changes its quantity. Nullable unless primitive. */
public record SubscriptionTerms(LocalDate effectiveDate, LocalDate termEndDate, boolean autoRenew,
                                LocalDate cancellationAllowedUntil, Integer refundableQuantity) {

    public SubscriptionTerms withEffectiveDate(LocalDate date) {
        return new SubscriptionTerms(date, termEndDate, autoRenew, cancellationAllowedUntil, refundableQuantity);
    }
}
