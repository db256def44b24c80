package org.seatkeeper.db.subscriptionsync;

import java.util.Objects;

/**
 * A provider account as the subscription sync sees it. {@code customerId} null means unmapped: its subscriptions are
 * held aside. {@code currency} is the provider's, used when a subscription record carries no price currency.
 */
public record SyncAccount(long id, long providerId, String externalId, Long customerId, String currency) {

    public SyncAccount {
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(currency, "currency");
    }

    public boolean mapped() {
        return customerId != null;
    }
}
