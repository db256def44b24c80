package org.seatkeeper.db.catalog;

import java.util.Objects;

/** What makes a catalog line unique: monthly and annual terms of one offer are different products. */
public record ProductKey(String offerId, Term term, BillingCycle billingCycle, String currency) {
    public ProductKey {
        Objects.requireNonNull(offerId, "offerId");
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(billingCycle, "billingCycle");
        Objects.requireNonNull(currency, "currency");
    }
}
