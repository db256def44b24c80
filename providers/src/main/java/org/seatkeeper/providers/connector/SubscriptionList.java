package org.seatkeeper.providers.connector;

import java.util.List;

/** One account's subscriptions, and the items that could not be read (each with its id when it has one). */
public record SubscriptionList(List<ProviderSubscriptionRecord> subscriptions, List<RejectedRecord> rejected) {

    public SubscriptionList {
        subscriptions = List.copyOf(subscriptions);
        rejected = List.copyOf(rejected);
    }

    /**
     * The same list with each subscription's cost and list price from the price list where it has none: for Partner
     * Center, {@code connector.listSubscriptions(id).pricedBy(connector.priceList(account's country))}.
     */
    public SubscriptionList pricedBy(PriceList prices) {
        if (prices.isEmpty()) {
            return this;
        }
        return new SubscriptionList(subscriptions.stream().map(prices::price).toList(), rejected);
    }
}
