package org.seatkeeper.db.subscriptionsync;

import java.util.Objects;

/**
 * A subscription record a provider listed that the sync could not read (unreadable_subscription).
 *
 * @param externalId the provider's subscription id, or null when that could not be read either
 * @param reason     what was wrong, for the mismatch report (cut to its column)
 */
public record UnreadableSubscription(long providerId, long providerAccountId, String externalId, String reason) {

    static final int ID_LENGTH = 100;
    static final int REASON_LENGTH = 500;

    public UnreadableSubscription {
        Objects.requireNonNull(reason, "reason");
        if (externalId != null && (externalId.isBlank() || externalId.length() > ID_LENGTH)) {
            externalId = null; // not an id any subscription of ours can have
        }
        reason = reason.length() <= REASON_LENGTH ? reason : reason.substring(0, REASON_LENGTH);
    }

    Key key() {
        return new Key(providerAccountId, externalId);
    }

    record Key(long providerAccountId, String externalId) {
    }
}
