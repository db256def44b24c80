package org.seatkeeper.db.subscriptionsync;

import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.val;
import static org.jooq.impl.DSL.when;
import static org.seatkeeper.db.jooq.Tables.SUBSCRIPTION;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.seatkeeper.db.subscriptions.NewSubscription;
import org.seatkeeper.db.subscriptions.SubscriptionRepository;
import org.seatkeeper.db.subscriptions.SubscriptionTerms;

/**
 * The sync writer's bulk update of subscriptions: one batched statement per chunk, never one per row (new ones go
 * through {@code SubscriptionBulkInsert}). Quantities and statuses written here must match the license change events
 * written in the same chunk.
 */
public final class SubscriptionSyncRepository {

    private final DSLContext dsl;

    public SubscriptionSyncRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Sync writer: one JDBC batch for a chunk of changed subscriptions (no version check: the sync owns them). */
    public void updateFromSync(List<SyncedSubscription> rows) {
        if (rows.isEmpty()) {
            return; // HSQLDB refuses an empty batch
        }
        BatchBindStep batch = dsl.batch(dsl.update(SUBSCRIPTION)
                .set(SUBSCRIPTION.PRODUCT_ID, (Long) null)
                .set(SUBSCRIPTION.NAME, (String) null)
                .set(SUBSCRIPTION.QUANTITY, (Integer) null)
                .set(SUBSCRIPTION.STATUS, (String) null)
                .set(SUBSCRIPTION.EFFECTIVE_DATE, (LocalDate) null)
                .set(SUBSCRIPTION.TERM_END_DATE, (LocalDate) null)
                .set(SUBSCRIPTION.AUTO_RENEW, (Boolean) null)
                .set(SUBSCRIPTION.CANCELLATION_ALLOWED_UNTIL, (LocalDate) null)
                .set(SUBSCRIPTION.REFUNDABLE_QUANTITY, (Integer) null)
                .set(SUBSCRIPTION.PROVIDER_QUANTITY, (Integer) null)
                .set(SUBSCRIPTION.PROVIDER_STATUS, (String) null)
                .set(SUBSCRIPTION.LAST_SYNCED_AT, (Instant) null)
                .set(SUBSCRIPTION.PROVIDER_OFFER, (String) null)
                // a price a person set is theirs, even if they set it while this chunk ran
                .set(SUBSCRIPTION.UNIT_PRICE, when(SUBSCRIPTION.PRICE_SET_BY_PERSON.eq(inline(true)),
                        SUBSCRIPTION.UNIT_PRICE).otherwise(val((BigDecimal) null, SUBSCRIPTION.UNIT_PRICE)))
                .set(SUBSCRIPTION.UNIT_COST, (BigDecimal) null)
                .set(SUBSCRIPTION.VERSION, SUBSCRIPTION.VERSION.plus(inline(1)))
                .where(SUBSCRIPTION.ID.eq((Long) null)));
        for (SyncedSubscription s : rows) {
            SubscriptionTerms t = s.terms();
            batch = batch.bind(s.productId(), s.name(), s.quantity(), s.status().name(), t.effectiveDate(),
                    t.termEndDate(), t.autoRenew(), t.cancellationAllowedUntil(), t.refundableQuantity(),
                    s.providerQuantity(), s.providerStatus(), s.lastSyncedAt(), s.providerOffer(), s.unitPrice(),
                    s.unitCost(), s.id());
        }
        batch.execute();
    }
}
