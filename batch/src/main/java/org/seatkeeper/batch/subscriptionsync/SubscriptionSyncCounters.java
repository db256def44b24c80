package org.seatkeeper.batch.subscriptionsync;

/** Step execution context keys of the subscription sync, next to {@code StepCounters}' shared ones. */
public final class SubscriptionSyncCounters {

    public static final String CREATED = "subscriptions.created";
    public static final String UPDATED = "subscriptions.updated";
    public static final String DEACTIVATED = "subscriptions.deactivated";
    public static final String EVENTS = "subscriptions.events";
    public static final String HELD = "subscriptions.held";
    public static final String REJECTED = "subscriptions.rejected";
    public static final String PRODUCTS_SEEN = "subscriptions.products";
    public static final String CONTRACTS_CREATED = "subscriptions.contracts.created";

    private SubscriptionSyncCounters() {
    }
}
