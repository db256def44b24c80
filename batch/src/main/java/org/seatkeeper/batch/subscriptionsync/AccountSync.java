package org.seatkeeper.batch.subscriptionsync;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.seatkeeper.db.imports.ImportWidths;
import org.seatkeeper.db.subscriptionsync.SyncAccount;
import org.seatkeeper.providers.connector.ProviderSubscriptionRecord;

/**
 * One account's subscriptions, checked: the records the writer can store, and those it cannot with the reason
 * (recorded in job_rejected_record, the rest of the account still synced); {@code pricingProblem} (nullable) why
 * the provider's price list could not price them.
 */
record AccountSync(SyncAccount account, List<ProviderSubscriptionRecord> subscriptions, List<Rejection> rejected,
                   String pricingProblem) {

    AccountSync(SyncAccount account, List<ProviderSubscriptionRecord> subscriptions, List<Rejection> rejected) {
        this(account, subscriptions, rejected, null);
    }

    AccountSync {
        subscriptions = List.copyOf(subscriptions);
        rejected = List.copyOf(rejected);
    }

    /**
     * @param externalId the provider's subscription id as listed; null (or blank, or longer than any id of ours) when
     *                   it could not be read
     */
    record Rejection(String externalId, String reason, String raw) {

        /** The subscription of ours this record may stand for, or null when we cannot tell which. */
        String subscriptionId() {
            return externalId == null || externalId.isBlank() || externalId.length() > ImportWidths.SUBSCRIPTION_ID ? null
                    : externalId;
        }
    }

    /** Ids of subscriptions the provider listed but we could not read (a record listed twice was read once). */
    Set<String> unreadableIds() {
        Set<String> ids = new HashSet<>();
        rejected.forEach(r -> {
            if (r.subscriptionId() != null) {
                ids.add(r.subscriptionId());
            }
        });
        subscriptions.forEach(r -> ids.remove(r.externalId()));
        return ids;
    }

    /** A record whose id could not be read: any of our unlisted subscriptions may be the one it stands for. */
    boolean hasUnidentifiedRecord() {
        return rejected.stream().anyMatch(r -> r.subscriptionId() == null);
    }
}
