package org.seatkeeper.db.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * A catalog line with the provider's two amounts: its list price (the provider's list or ERP price, or what a person
 * typed for a manual product) and its unit cost (what the reseller pays). Either may be unknown; {@code priceMissing}
 * says both are, so no customer price can be derived from it. What a customer pays is the subscription's price.
 */
public record Product(long id, String offerId, String name, Term term, BillingCycle billingCycle, String currency,
                      BigDecimal listPrice, BigDecimal unitCost, boolean priceMissing, Instant createdAt,
                      int version) {

    public ProductKey key() {
        return new ProductKey(offerId, term, billingCycle, currency);
    }

    public Optional<Money> listed() {
        return Optional.ofNullable(listPrice).map(amount -> new Money(amount, currency));
    }

    public Optional<Money> cost() {
        return Optional.ofNullable(unitCost).map(amount -> new Money(amount, currency));
    }
}
