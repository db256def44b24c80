package org.seatkeeper.db.subscriptionsync;

import java.util.Objects;
import org.seatkeeper.db.catalog.Money;
import org.seatkeeper.db.subscriptions.NewLicenseChange;

/**
 * A license change event a sync appends, with what only sync events carry.
 *
 * @param productId a PRODUCT_CHANGE's product from its date on; null for other events
 * @param unitCost  a PRICE_CHANGE's or PRODUCT_CHANGE's cost to the reseller from its date on (in its unit price's
 *                  currency when it has one); null for other events
 */
public record SyncEvent(NewLicenseChange change, Long productId, Money unitCost) {

    public SyncEvent {
        Objects.requireNonNull(change, "change");
        if (unitCost != null && change.unitPrice() != null
                && !unitCost.currency().equals(change.unitPrice().currency())) {
            throw new IllegalArgumentException("an event's cost and price share one currency");
        }
    }

    /** An event without a product or a cost. */
    public static SyncEvent of(NewLicenseChange change) {
        return new SyncEvent(change, null, null);
    }
}
