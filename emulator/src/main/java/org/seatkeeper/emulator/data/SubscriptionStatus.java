package org.seatkeeper.emulator.data;

import java.util.Locale;

/** Lifecycle of a subscription; each API spells it its own way. */
public enum SubscriptionStatus {
    ACTIVE, SUSPENDED, EXPIRED, DELETED, PENDING;

    /** Accepts the spellings of every emulated API, ignoring case. */
    public static SubscriptionStatus parse(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "active", "activated" -> ACTIVE;
            case "suspended", "pendingcancel", "disabled" -> SUSPENDED;
            case "expired" -> EXPIRED;
            case "deleted", "cancelled", "canceled" -> DELETED;
            case "pending" -> PENDING;
            default -> throw new IllegalArgumentException("Unknown subscription status: " + text);
        };
    }

    public boolean isActive() {
        return this == ACTIVE;
    }
}
