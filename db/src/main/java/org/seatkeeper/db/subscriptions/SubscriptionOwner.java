package org.seatkeeper.db.subscriptions;

/** Whose a subscription is: its contract's customer, and the provider it was bought from. */
public record SubscriptionOwner(long subscriptionId, long contractId, long customerId, String customerName,
                                long providerId, String providerName, String providerKind, boolean providerAutomatic) {

    public boolean manual() {
        return "MANUAL".equals(providerKind);
    }
}
