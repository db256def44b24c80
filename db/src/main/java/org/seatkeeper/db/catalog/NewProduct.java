package org.seatkeeper.db.catalog;

import java.math.BigDecimal;
import java.util.Objects;

/** A catalog line to insert; list price and cost may be unknown (a sync found the offer without them). */
public record NewProduct(ProductKey key, String name, BigDecimal listPrice, BigDecimal unitCost) {

    public NewProduct {
        Objects.requireNonNull(key, "key");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a product needs a name");
        }
    }

    /** What a sync knows about an offer: no price yet. */
    public static NewProduct fromSync(String offerId, String name, Term term, BillingCycle cycle, String currency) {
        return new NewProduct(new ProductKey(offerId, term, cycle, currency), name, null, null);
    }

    boolean priceMissing() {
        return listPrice == null && unitCost == null;
    }
}
