package org.seatkeeper.batch.subscriptionsync;

import java.util.ArrayList;
import java.util.List;
import org.seatkeeper.billing.subscriptions.PlannedChange;
import org.seatkeeper.db.subscriptionsync.HeldSubscription;
import org.seatkeeper.db.subscriptionsync.NewSyncedSubscription;
import org.seatkeeper.db.subscriptionsync.ProviderAmounts;
import org.seatkeeper.db.subscriptionsync.SyncEvent;
import org.seatkeeper.db.subscriptionsync.SyncedSubscription;
import org.seatkeeper.db.subscriptionsync.UnreadableSubscription;

/** Everything one chunk writes, planned before anything is written. */
final class ChunkPlan {

    /** A new subscription and its events, written once the insert gave it an id. */
    record NewRow(NewSyncedSubscription row, List<PlannedChange> changes) {
    }

    final List<NewRow> inserts = new ArrayList<>();
    final List<SyncedSubscription> updates = new ArrayList<>();
    final List<SyncEvent> events = new ArrayList<>();
    final List<HeldSubscription> held = new ArrayList<>();
    final List<Long> mappedAccounts = new ArrayList<>();
    /** Every account the chunk listed, and what of theirs could not be read (replaces what was stored for them). */
    final List<Long> listedAccounts = new ArrayList<>();
    final List<UnreadableSubscription> unreadable = new ArrayList<>();
    /** Catalog products whose provider amounts (list price, cost) the chunk learnt. */
    final List<ProviderAmounts> productAmounts = new ArrayList<>();
    int deactivated;
    int unchanged;

    int eventCount() {
        return events.size() + inserts.stream().mapToInt(i -> i.changes().size()).sum();
    }
}
