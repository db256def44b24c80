package org.seatkeeper.db.psabilling;

import java.time.Instant;

/** A billing profile as stored. */
public record BillingProfile(long id, BillingProfileDetails details, Instant updatedAt, String updatedBy, int version) {

    public String name() {
        return details.name();
    }

    /** It bills this SKU in at least one term. */
    public boolean bills(String skuId) {
        return details.skus().stream().anyMatch(s -> s.skuId().equalsIgnoreCase(skuId));
    }
}
