package org.seatkeeper.db.subscriptionsync;

import java.math.BigDecimal;
import java.util.Objects;
import org.seatkeeper.db.subscriptions.NewSubscription;

/**
 * A subscription a sync found for the first time, with what the provider said about it (P in the mismatch checks),
 * what it sold (offer|term|cycle) and what it costs the reseller ({@code unitCost}, nullable).
 */
public record NewSyncedSubscription(NewSubscription subscription, int providerQuantity, String providerStatus,
                                    String providerOffer, BigDecimal unitCost) {
    public NewSyncedSubscription {
        Objects.requireNonNull(subscription, "subscription");
        if (subscription.externalId() == null || subscription.providerAccountId() == null) {
            throw new IllegalArgumentException("a synced subscription has a provider id and a provider account");
        }
    }
}
