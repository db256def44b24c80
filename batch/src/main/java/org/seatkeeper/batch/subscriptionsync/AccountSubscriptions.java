package org.seatkeeper.batch.subscriptionsync;

import java.util.Objects;
import org.seatkeeper.db.subscriptionsync.SyncAccount;
import org.seatkeeper.providers.connector.SubscriptionList;

/**
 * What the reader hands on for one provider account: the provider's subscription list, or the error that kept the
 * provider from giving it (not a transient one: those are retried and then fail the run). {@code pricingProblem}
 * (nullable) says why the list carries no prices from the provider's price list (it is synced without them).
 */
record AccountSubscriptions(SyncAccount account, SubscriptionList list, RuntimeException failure,
                            String pricingProblem) {

    AccountSubscriptions(SyncAccount account, SubscriptionList list, RuntimeException failure) {
        this(account, list, failure, null);
    }

    AccountSubscriptions {
        Objects.requireNonNull(account, "account");
        if ((list == null) == (failure == null)) {
            throw new IllegalArgumentException("either a list or a failure");
        }
    }
}
