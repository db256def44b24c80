package org.seatkeeper.db.subscriptionsync;

import java.math.BigDecimal;
import java.util.Objects;
import org.seatkeeper.db.subscriptions.Subscription;

/**
 * A synced subscription as the sync compares it with the provider: the row, what the provider sold at the last sync
 * ({@code providerOffer}, offer|term|cycle; null before a sync recorded it) and what it cost then
 * ({@code unitCost}, in the subscription's currency; null while no provider gave one).
 */
public record OurSubscription(Subscription row, String providerOffer, BigDecimal unitCost) {

    public OurSubscription {
        Objects.requireNonNull(row, "row");
    }
}
