package org.seatkeeper.batch.subscriptions;

import java.util.List;
import org.seatkeeper.db.subscriptionsync.SyncAccount;
import org.seatkeeper.providers.connector.ProviderSubscriptionRecord;

/**
 * One account's subscriptions, checked: the records the writer can store, and those it cannot with the reason
 * (recorded in job_rejected_record, the rest of the account still synced).
 */
record AccountSync(SyncAccount account, List<ProviderSubscriptionRecord> subscriptions, List<Rejection> rejected) {

    AccountSync {
        subscriptions = List.copyOf(subscriptions);
        rejected = List.copyOf(rejected);
    }

    record Rejection(String externalId, String reason, String raw) {
    }
}
