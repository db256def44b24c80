package org.seatkeeper.db.usage;

import java.util.Objects;

/** What staff type for a SKU mapping. */
public record SkuMappingDetails(String skuId, String skuPartNumber, String productRef, String name) {

    public SkuMappingDetails {
        Objects.requireNonNull(skuId, "skuId");
        Objects.requireNonNull(skuPartNumber, "skuPartNumber");
        Objects.requireNonNull(productRef, "productRef");
        Objects.requireNonNull(name, "name");
    }
}
