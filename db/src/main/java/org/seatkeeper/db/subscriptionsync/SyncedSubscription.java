package org.seatkeeper.db.subscriptionsync;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import org.seatkeeper.db.subscriptions.SubscriptionState;
import org.seatkeeper.db.subscriptions.SubscriptionTerms;

/**
 * What a sync writes back to an existing subscription, in bulk. The quantity and status must match the
 * license change events written in the same chunk (rule 1: the log adds up). {@code providerOffer} is what the
 * provider sold at this sync (offer|term|cycle); {@code unitPrice} the customer's price in the subscription's
 * currency (written only while no person set the price) and {@code unitCost} the provider's cost.
 */
public record SyncedSubscription(long id, Long productId, String name, int quantity, SubscriptionState status,
                                 SubscriptionTerms terms, Integer providerQuantity, String providerStatus,
                                 Instant lastSyncedAt, String providerOffer, BigDecimal unitPrice,
                                 BigDecimal unitCost) {
    public SyncedSubscription {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(name, "name");
    }

    /** Without the provider's offer and prices (tests that write a sync's result by hand). */
    public SyncedSubscription(long id, Long productId, String name, int quantity, SubscriptionState status,
                              SubscriptionTerms terms, Integer providerQuantity, String providerStatus,
                              Instant lastSyncedAt) {
        this(id, productId, name, quantity, status, terms, providerQuantity, providerStatus, lastSyncedAt, null, null,
                null);
    }
}
