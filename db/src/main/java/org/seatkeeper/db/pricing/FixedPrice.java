package org.seatkeeper.db.pricing;

import java.time.Instant;
import java.util.Objects;
import org.seatkeeper.db.catalog.Money;

/** One product's unit price, fixed for a provider's or a contract's subscriptions: it wins over the scope's rule. */
public record FixedPrice(long id, PriceScope scope, long productId, Money price, String updatedBy, Instant updatedAt,
                         int version) {

    public FixedPrice {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(price, "price");
        if (price.amount().signum() < 0) {
            throw new IllegalArgumentException("a price cannot be negative: " + price);
        }
    }
}
