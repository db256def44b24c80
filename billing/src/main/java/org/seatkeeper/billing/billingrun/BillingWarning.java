package org.seatkeeper.billing.billingrun;

import java.util.Objects;

/** Something a person should look at before a draft is finalized; {@code subscriptionId} is 0 for the contract. */
public record BillingWarning(Kind kind, long subscriptionId, String message) {

    public enum Kind {
        /** a line has no unit price: the draft cannot be finalized */
        MISSING_PRICE,
        /** a decrease outside the NCE cancellation window: the provider keeps charging, so the customer is not credited */
        NOT_CREDITED,
        /** the contract's health check found a problem */
        CONTRACT_HEALTH,
        /** the reconciliation has an open finding on one of the contract's subscriptions */
        OPEN_MISMATCH
    }

    public BillingWarning {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    /** Whether the draft cannot be finalized while it has this warning (an amount is unknown). */
    public boolean blocksFinalize() {
        return kind == Kind.MISSING_PRICE;
    }
}
