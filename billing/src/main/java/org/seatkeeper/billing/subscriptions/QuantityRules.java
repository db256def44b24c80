package org.seatkeeper.billing.subscriptions;

import java.util.Locale;
import java.util.Optional;

/**
 * The quantities a person may give a manual subscription. Forms ask before they build anything (a negative quantity
 * cannot even become a {@code NewSubscription}); the ledger asks again before it writes.
 */
public final class QuantityRules {

    /** Far above any real tenant, far below an int overflow in a contract total: a typo, not an order. */
    public static final int MAX = 1_000_000;

    private QuantityRules() {
    }

    /** Why a new subscription cannot start with this quantity, if it cannot. */
    public static Optional<String> refusalForNew(int quantity) {
        if (quantity < 1) {
            return Optional.of("A new subscription needs at least one license.");
        }
        return tooMany(quantity);
    }

    /** Why a subscription cannot change to this quantity, whatever it has now, if it cannot. */
    public static Optional<String> refusalForChange(int quantity) {
        if (quantity < 0) {
            return Optional.of("The quantity cannot be negative.");
        }
        if (quantity == 0) {
            return Optional.of("To go down to 0 licenses, deactivate the subscription instead.");
        }
        return tooMany(quantity);
    }

    private static Optional<String> tooMany(int quantity) {
        return quantity > MAX ? Optional.of(String.format(Locale.ROOT,
                "A subscription has at most %,d licenses.", MAX)) : Optional.empty();
    }
}
