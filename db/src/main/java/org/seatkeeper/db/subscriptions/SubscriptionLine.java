package org.seatkeeper.db.subscriptions;

import java.util.Optional;
import org.seatkeeper.db.catalog.Money;

/**
 * A subscription with its product: the price is the subscription's (the customer's), the cost and list price the
 * product's. Empty when unknown (a "missing data" finding).
 */
public record SubscriptionLine(Subscription subscription, String productName, String offerId, String term,
                               String billingCycle, Money productListPrice, Money productCost) {

    public Optional<Money> unitPrice() {
        return subscription.unitPrice() == null || subscription.currency() == null ? Optional.empty()
                : Optional.of(new Money(subscription.unitPrice(), subscription.currency().strip()));
    }

    public Optional<Money> unitCost() {
        return Optional.ofNullable(productCost);
    }

    public Optional<Money> total() {
        return unitPrice().map(price -> price.times(subscription.quantity()));
    }

    public Optional<Money> totalCost() {
        return unitCost().map(cost -> cost.times(subscription.quantity()));
    }

    /** Price minus cost for the whole quantity; empty when either is unknown or they are in different currencies. */
    public Optional<Money> margin() {
        return total().flatMap(total -> totalCost()
                .filter(cost -> cost.currency().equals(total.currency()))
                .map(total::minus));
    }
}
