package org.seatkeeper.db.subscriptionsync;

import java.util.Objects;

/**
 * A provider account as the subscription sync sees it. {@code customerId} null means unmapped: its subscriptions are
 * held aside. {@code currency} is the provider's, used when a subscription record carries no price currency;
 * {@code market} (nullable) is the country whose price list prices its subscriptions (Partner Center's price sheet):
 * the account's own country, else its provider's only authorized country.
 */
public record SyncAccount(long id, long providerId, String externalId, Long customerId, String currency,
                          String market) {

    public SyncAccount {
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(currency, "currency");
    }

    /** An account without a known market. */
    public SyncAccount(long id, long providerId, String externalId, Long customerId, String currency) {
        this(id, providerId, externalId, customerId, currency, null);
    }

    public boolean mapped() {
        return customerId != null;
    }
}
