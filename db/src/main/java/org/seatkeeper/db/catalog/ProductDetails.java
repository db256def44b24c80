package org.seatkeeper.db.catalog;

import java.math.BigDecimal;

/**
 * What a person may change on an existing product: its name and its amounts. The offer, term, billing cycle and
 * currency are its {@link ProductKey}, which the sync matches by, so they are not here.
 */
public record ProductDetails(String name, BigDecimal listPrice, BigDecimal unitCost) {

    public ProductDetails {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a product needs a name");
        }
    }
}
