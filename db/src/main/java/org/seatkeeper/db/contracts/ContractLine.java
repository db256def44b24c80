package org.seatkeeper.db.contracts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.seatkeeper.db.catalog.Money;
import org.seatkeeper.db.subscriptions.SubscriptionState;

/**
 * One subscription of a contract with what its page and health check need: its price (the customer's, stored on the
 * subscription), the product's list price and cost, and the customer its provider account is mapped to now.
 */
public record ContractLine(long id, String name, int quantity, SubscriptionState status, String externalId,
                           Long productId, LocalDate effectiveDate, LocalDate termEndDate, BigDecimal ownPrice,
                           String currency, Long providerAccountId, String accountName, Long mappedCustomerId,
                           String productName, String billingCycle, BigDecimal productListPrice, BigDecimal productCost,
                           String productCurrency) {

    public Optional<Money> unitPrice() {
        return ownPrice == null || currency == null ? Optional.empty() : Optional.of(new Money(ownPrice, currency.strip()));
    }

    public Optional<Money> unitCost() {
        return productCost == null || productCurrency == null ? Optional.empty()
                : Optional.of(new Money(productCost, productCurrency.strip()));
    }

    public Optional<Money> total() {
        return unitPrice().map(p -> p.times(quantity));
    }

    public Optional<Money> totalCost() {
        return unitCost().map(c -> c.times(quantity));
    }

    /** Price minus cost per license; empty when either is unknown or in different currencies. */
    public Optional<Money> margin() {
        return unitPrice().flatMap(p -> unitCost().filter(c -> c.currency().equals(p.currency())).map(p::minus));
    }
}
