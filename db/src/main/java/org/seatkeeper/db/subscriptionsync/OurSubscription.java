package org.seatkeeper.db.subscriptionsync;

import java.util.Objects;
import org.seatkeeper.db.subscriptions.Subscription;

/**
 * A synced subscription as the sync compares it with the provider: the row, and what the provider sold at the last
 * sync ({@code providerOffer}, offer|term|cycle, subscription.provider_offer; null before a sync recorded it).
 */
public record OurSubscription(Subscription row, String providerOffer) {

    public OurSubscription {
        Objects.requireNonNull(row, "row");
    }
}
