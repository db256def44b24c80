package org.seatkeeper.db.mismatch;

import java.time.Instant;
import java.util.Map;

/**
 * When the subscription syncs a reconciliation compares with started: the day's nightly sync (every account), and
 * any contract's own "Sync subscriptions" of that day. A person's change recorded after the sync that covered its
 * subscription is given until the next sync before provider vs Seatkeeper is compared (issue 14, item 7): the row's own
 * sync stamp is no reference, because a sync leaves an unchanged row untouched (rule 3).
 *
 * @param nightly null when no sync of the day (nor an earlier one) completed
 */
public record SyncMoments(Instant nightly, Map<Long, Instant> contracts) {

    public static final SyncMoments NONE = new SyncMoments(null, Map.of());

    public SyncMoments {
        contracts = Map.copyOf(contracts);
    }
}
