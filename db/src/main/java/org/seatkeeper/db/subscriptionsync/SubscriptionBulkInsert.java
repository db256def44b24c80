package org.seatkeeper.db.subscriptionsync;

import static org.seatkeeper.db.jooq.Tables.SUBSCRIPTION;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.seatkeeper.db.JdbcBatch;
import org.seatkeeper.db.subscriptions.NewSubscription;
import org.seatkeeper.db.subscriptions.SubscriptionTerms;

/**
 * The sync's insert of new subscriptions, one {@link JdbcBatch} per chunk. It also stores what the provider said
 * (provider quantity and status) and when, so the second sync compares against it and writes nothing. Runs on the
 * caller's (chunk) transaction.
 */
public final class SubscriptionBulkInsert {

    private final DSLContext dsl;
    private final JdbcBatch<Row> insert;

    private record Row(NewSyncedSubscription synced, Instant now) {
        NewSubscription s() {
            return synced.subscription();
        }

        SubscriptionTerms t() {
            return synced.subscription().terms();
        }
    }

    public SubscriptionBulkInsert(DSLContext dsl) {
        this.dsl = dsl;
        var s = SUBSCRIPTION;
        this.insert = JdbcBatch.<Row>insertInto(s)
                .value(s.CONTRACT_ID, r -> r.s().contractId())
                .value(s.PROVIDER_ID, r -> r.s().providerId())
                .value(s.PRODUCT_ID, r -> r.s().productId())
                .value(s.PROVIDER_ACCOUNT_ID, r -> r.s().providerAccountId())
                .value(s.EXTERNAL_ID, r -> r.s().externalId())
                .value(s.NAME, r -> r.s().name())
                .value(s.QUANTITY, r -> r.s().quantity())
                .value(s.STATUS, r -> r.s().status().name())
                .value(s.EFFECTIVE_DATE, r -> r.t().effectiveDate())
                .value(s.TERM_END_DATE, r -> r.t().termEndDate())
                .value(s.AUTO_RENEW, r -> r.t().autoRenew())
                .value(s.CANCELLATION_ALLOWED_UNTIL, r -> r.t().cancellationAllowedUntil())
                .value(s.REFUNDABLE_QUANTITY, r -> r.t().refundableQuantity())
                .value(s.PROVIDER_QUANTITY, r -> r.synced().providerQuantity())
                .value(s.PROVIDER_STATUS, r -> r.synced().providerStatus())
                .value(s.LAST_SYNCED_AT, Row::now)
                .value(s.UNIT_PRICE, r -> r.s().unitPrice())
                .value(s.CURRENCY, r -> r.s().currency())
                .value(s.CREATED_AT, Row::now)
                .value(s.PROVIDER_OFFER, r -> r.synced().providerOffer())
                .value(s.UNIT_COST, r -> r.synced().unitCost())
                .render(dsl);
    }

    /** Inserts the rows; returns the new ids by (provider account id, external id). */
    public Map<String, Long> insert(List<NewSyncedSubscription> rows, Instant now) {
        // the new ids come back with the batch instead of reading the chunk's subscriptions back
        List<Long> generated = insert.executeReturning(dsl, rows.stream().map(r -> new Row(r, now)).toList(),
                SUBSCRIPTION.ID);
        Map<String, Long> ids = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            NewSubscription row = rows.get(i).subscription();
            ids.put(key(row.providerAccountId(), row.externalId()), generated.get(i));
        }
        return ids;
    }

    public static String key(long providerAccountId, String externalId) {
        return providerAccountId + "/" + externalId;
    }
}
