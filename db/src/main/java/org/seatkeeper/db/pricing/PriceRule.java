package org.seatkeeper.db.pricing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A provider's or a contract's pricing rule: the list price, or the cost plus {@code markupPercent} (20 means
 * cost x 1.20; null for the list price).
 */
public record PriceRule(long id, PriceScope scope, PriceBasis basis, BigDecimal markupPercent, String updatedBy,
                        Instant updatedAt, int version) {

    public PriceRule {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(basis, "basis");
        if ((basis == PriceBasis.COST_PLUS) != (markupPercent != null)) {
            throw new IllegalArgumentException("a markup goes with COST_PLUS only: " + basis + " " + markupPercent);
        }
        if (markupPercent != null && markupPercent.signum() < 0) {
            throw new IllegalArgumentException("a markup cannot be negative: " + markupPercent);
        }
    }
}
