package org.seatkeeper.db.subscriptionsync;

import java.util.Objects;

/** Where a new automatic subscription lands: the customer's billing contract in the subscription's currency. */
public record CustomerCurrency(long customerId, String currency) {
    public CustomerCurrency {
        Objects.requireNonNull(currency, "currency");
    }
}
