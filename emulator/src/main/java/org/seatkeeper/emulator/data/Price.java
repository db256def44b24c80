package org.seatkeeper.emulator.data;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What one license costs for one billing period.
 *
 * @param listPrice the price for the customer (Partner Center's ERP price, Ion's msrp/price, Pax8's price)
 * @param cost      what the reseller pays (Partner Center's unit price, Ion's cost, Pax8's partner cost)
 * @param currency  ISO 4217
 */
public record Price(BigDecimal listPrice, BigDecimal cost, String currency) implements java.io.Serializable {

    public Price {
        Objects.requireNonNull(listPrice, "listPrice");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(currency, "currency");
        if (listPrice.signum() < 0 || cost.signum() < 0) {
            throw new IllegalArgumentException("prices must not be negative");
        }
        currency = currency.trim().toUpperCase(java.util.Locale.ROOT);
        if (currency.length() != 3) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code: " + currency);
        }
    }

    public BigDecimal margin() {
        return listPrice.subtract(cost);
    }
}
