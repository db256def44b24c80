package org.seatkeeper.db.usage;

import java.time.Instant;

/**
 * Which tenant license a provider product is: Graph's skuId and skuPartNumber for a product reference
 * {@code productId:skuId} (a product's offer id is the reference, or starts with it and a colon).
 */
public record SkuMapping(long id, String skuId, String skuPartNumber, String productRef, String name, Instant updatedAt,
                         String updatedBy, int version) {

    /** Whether a product's offer id (NCE {@code productId:skuId:availability}, Ion's part number, ...) is this SKU. */
    public boolean matches(String offerId) {
        return offerId != null && (offerId.equalsIgnoreCase(productRef)
                || offerId.regionMatches(true, 0, productRef + ":", 0, productRef.length() + 1));
    }
}
