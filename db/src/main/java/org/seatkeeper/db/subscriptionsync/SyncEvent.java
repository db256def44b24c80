package org.seatkeeper.db.subscriptionsync;

import java.util.Objects;
import org.seatkeeper.db.subscriptions.NewLicenseChange;

/**
 * A license change event a sync appends, with what only sync events carry.
 *
 * @param productId a PRODUCT_CHANGE's product from its date on; null for other events
 */
public record SyncEvent(NewLicenseChange change, Long productId) {

    public SyncEvent {
        Objects.requireNonNull(change, "change");
    }
}
