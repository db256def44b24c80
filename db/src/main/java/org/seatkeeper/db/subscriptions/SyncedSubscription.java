package org.seatkeeper.db.subscriptions;

import java.time.Instant;
import java.util.Objects;

/**
 * What a sync writes back to an existing subscription, in bulk. The quantity and status must match the
 * license change events written in the same chunk (rule 1: the log adds up).
 */
public record SyncedSubscription(long id, Long productId, String name, int quantity, SubscriptionState status,
                                 SubscriptionTerms terms, Integer providerQuantity, String providerStatus,
                                 Instant lastSyncedAt) {
    public SyncedSubscription {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(name, "name");
    }
}
