package org.seatkeeper.providers.connector;

import java.util.List;

public record SubscriptionList(List<ProviderSubscriptionRecord> subscriptions, List<RejectedRecord> rejected) {

    public SubscriptionList {
        subscriptions = List.copyOf(subscriptions);
        rejected = List.copyOf(rejected);
    }
}
