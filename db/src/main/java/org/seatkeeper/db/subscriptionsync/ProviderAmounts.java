package org.seatkeeper.db.subscriptionsync;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A catalog product's provider amounts per license and billing period, in the product's currency: the list price
 * (ERP, MSRP) and the reseller's cost. Either may be unknown (null).
 */
public record ProviderAmounts(long productId, String currency, BigDecimal listPrice, BigDecimal unitCost) {

    public ProviderAmounts {
        Objects.requireNonNull(currency, "currency");
        currency = currency.strip();
    }
}
