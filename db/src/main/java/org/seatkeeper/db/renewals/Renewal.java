package org.seatkeeper.db.renewals;

import java.time.LocalDate;
import java.util.Optional;
import org.seatkeeper.db.catalog.Money;

/**
 * A live subscription whose term ends in the window asked for: what renews, for whom, on what terms, and what the
 * renewed term bills the customer and costs the reseller per billing period at today's quantity and prices.
 * {@code term} and {@code billingCycle} are the product's (P1M/P1Y/P3Y, MONTHLY/ANNUAL...), null without a product.
 */
public record Renewal(long subscriptionId, String subscriptionName, long customerId, String customerName,
                      long providerId, String providerName, String productName, String term, String billingCycle, int quantity,
                      boolean autoRenew, LocalDate termEndDate, String status, Money unitPrice, Money unitCost) {

    public Optional<Money> bills() {
        return Optional.ofNullable(unitPrice).map(p -> p.times(quantity));
    }

    public Optional<Money> costs() {
        return Optional.ofNullable(unitCost).map(c -> c.times(quantity));
    }
}
