package org.seatkeeper.billing.pricing;

import java.math.BigDecimal;
import java.util.Objects;
import org.seatkeeper.db.catalog.Product;

/**
 * What the price rules need to know of a product: its provider amounts, both in the product's currency and either
 * unknown (null). The sync builds it from what it has just stored; pages from the catalog's {@link Product}.
 */
public record ProductPrices(long productId, String currency, BigDecimal listPrice, BigDecimal unitCost) {

    public ProductPrices {
        Objects.requireNonNull(currency, "currency");
        currency = currency.strip();
    }

    public static ProductPrices of(Product product) {
        return new ProductPrices(product.id(), product.currency(), product.listPrice(), product.unitCost());
    }
}
