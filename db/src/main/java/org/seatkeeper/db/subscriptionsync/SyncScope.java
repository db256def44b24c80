package org.seatkeeper.db.subscriptionsync;

/**
 * Which provider accounts a subscription sync visits: every active account of every automatic provider, or those of
 * one provider, or those of one billing contract (the accounts mapped to its customer and those its subscriptions
 * came from). Null means "any".
 */
public record SyncScope(Long providerId, Long contractId) {

    public static SyncScope everything() {
        return new SyncScope(null, null);
    }

    public static SyncScope provider(long providerId) {
        return new SyncScope(providerId, null);
    }

    public static SyncScope contract(long contractId) {
        return new SyncScope(null, contractId);
    }
}
