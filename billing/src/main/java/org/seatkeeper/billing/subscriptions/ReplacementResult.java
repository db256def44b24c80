package org.seatkeeper.billing.subscriptions;

/** What a replacement did, and step 6: whether A's log now adds up to the provider's quantity. */
public record ReplacementResult(ReplacementPlan plan, long deactivationEventId, int automaticLogSum,
                                int providerQuantity) {

    public boolean addsUp() {
        return automaticLogSum == providerQuantity;
    }

    /** Log sum minus the provider's quantity: positive means A's log counts more licenses than the provider. */
    public int difference() {
        return automaticLogSum - providerQuantity;
    }
}
