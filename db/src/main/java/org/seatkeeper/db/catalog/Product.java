package org.seatkeeper.db.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/** A catalog line. Price and cost are null until someone enters them ({@code priceMissing} says so). */
public record Product(long id, String offerId, String name, Term term, BillingCycle billingCycle, String currency,
                      BigDecimal unitPrice, BigDecimal unitCost, boolean priceMissing, Instant createdAt,
                      int version) {

    public ProductKey key() {
        return new ProductKey(offerId, term, billingCycle, currency);
    }

    public Optional<Money> price() {
        return Optional.ofNullable(unitPrice).map(amount -> new Money(amount, currency));
    }

    public Optional<Money> cost() {
        return Optional.ofNullable(unitCost).map(amount -> new Money(amount, currency));
    }
}
