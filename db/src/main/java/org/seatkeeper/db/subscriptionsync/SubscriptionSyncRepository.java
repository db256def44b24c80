package org.seatkeeper.db.subscriptionsync;

import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.val;
import static org.jooq.impl.DSL.when;
import static org.seatkeeper.db.jooq.Tables.SUBSCRIPTION;
import static org.seatkeeper.db.subscriptions.SubscriptionRepository.CHUNK;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.seatkeeper.db.subscriptions.NewSubscription;
import org.seatkeeper.db.subscriptions.SubscriptionRepository;
import org.seatkeeper.db.subscriptions.SubscriptionTerms;

/**
 * The sync writer's bulk statements on subscriptions: one multi-row or batched statement per chunk, never one per
 * row. Quantities and statuses written here must match the license change events written in the same chunk.
 */
public final class SubscriptionSyncRepository {

    private final DSLContext dsl;
    private final Clock clock;
    private final SubscriptionRepository lookup;

    public SubscriptionSyncRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
        this.lookup = new SubscriptionRepository(dsl, clock);
    }

    /** Sync writer: inserts a chunk of new provider subscriptions in one multi-row statement; ids by external id. */
    public Map<String, Long> insertAll(long providerId, List<NewSubscription> subscriptions) {
        Instant now = clock.instant();
        for (int from = 0; from < subscriptions.size(); from += CHUNK) {
            var insert = dsl.insertInto(SUBSCRIPTION, SUBSCRIPTION.CONTRACT_ID, SUBSCRIPTION.PROVIDER_ID,
                    SUBSCRIPTION.PRODUCT_ID, SUBSCRIPTION.PROVIDER_ACCOUNT_ID, SUBSCRIPTION.EXTERNAL_ID,
                    SUBSCRIPTION.NAME, SUBSCRIPTION.QUANTITY, SUBSCRIPTION.STATUS, SUBSCRIPTION.EFFECTIVE_DATE,
                    SUBSCRIPTION.TERM_END_DATE, SUBSCRIPTION.AUTO_RENEW, SUBSCRIPTION.CANCELLATION_ALLOWED_UNTIL,
                    SUBSCRIPTION.REFUNDABLE_QUANTITY, SUBSCRIPTION.UNIT_PRICE, SUBSCRIPTION.CURRENCY,
                    SUBSCRIPTION.CREATED_AT);
            for (NewSubscription s : subscriptions.subList(from, Math.min(from + CHUNK, subscriptions.size()))) {
                if (s.providerId() != providerId || s.externalId() == null) {
                    throw new IllegalArgumentException("insertAll takes this provider's subscriptions with ids only");
                }
                SubscriptionTerms t = s.terms();
                insert = insert.values(s.contractId(), s.providerId(), s.productId(), s.providerAccountId(),
                        s.externalId(), s.name(), s.quantity(), s.status().name(), t.effectiveDate(),
                        t.termEndDate(), t.autoRenew(), t.cancellationAllowedUntil(), t.refundableQuantity(),
                        s.unitPrice(), s.currency(), now);
            }
            insert.execute();
        }
        Map<String, Long> ids = new HashMap<>();
        lookup.findByExternalIds(providerId, subscriptions.stream().map(NewSubscription::externalId).toList())
                .forEach((externalId, s) -> ids.put(externalId, s.id()));
        return ids;
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

    /** Sync writer: stamps "seen at the last sync" on unchanged subscriptions with one set-based statement. */
    public int markSynced(Collection<Long> ids, Instant syncedAt) {
        List<Long> list = new ArrayList<>(ids);
        int rows = 0;
        for (int from = 0; from < list.size(); from += CHUNK) {
            rows += dsl.update(SUBSCRIPTION)
                    .set(SUBSCRIPTION.LAST_SYNCED_AT, syncedAt)
                    .where(SUBSCRIPTION.ID.in(list.subList(from, Math.min(from + CHUNK, list.size()))))
                    .execute();
        }
        return rows;
    }

}
