package org.seatkeeper.db.subscriptions;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;
import static org.seatkeeper.db.jooq.Tables.LICENSE_CHANGE;
import static org.seatkeeper.db.jooq.Tables.SUBSCRIPTION;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.seatkeeper.db.OptimisticLockException;
import org.seatkeeper.db.catalog.Money;

/**
 * The license change log. Nothing here deletes an event (rule 2); an invoiced event is never archived or rewritten,
 * which the statements below enforce as well as the table's check constraint.
 */
public final class LicenseChangeRepository {

    private static final int CHUNK = 500;
    // L per subscription as a derived table: the integrity check is one join, not one query per subscription
    private static final Table<?> SUMS = select(LICENSE_CHANGE.SUBSCRIPTION_ID,
                    sum(LICENSE_CHANGE.QUANTITY_CHANGE).cast(Integer.class).as("total"))
            .from(LICENSE_CHANGE)
            .groupBy(LICENSE_CHANGE.SUBSCRIPTION_ID)
            .asTable("sums");
    private static final Field<Long> SUMS_SUBSCRIPTION_ID = SUMS.field(LICENSE_CHANGE.SUBSCRIPTION_ID);
    private static final Field<Integer> LOG_SUM = coalesce(SUMS.field("total", Integer.class), inline(0));

    private final DSLContext dsl;
    private final Clock clock;

    public LicenseChangeRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    public Optional<LicenseChange> findById(long id) {
        return dsl.selectFrom(LICENSE_CHANGE).where(LICENSE_CHANGE.ID.eq(id))
                .fetchOptional(LicenseChangeRepository::toChange);
    }

    /** A subscription's events in the order they happened (same date: the order they were recorded). */
    public List<LicenseChange> findBySubscription(long subscriptionId) {
        return dsl.selectFrom(LICENSE_CHANGE)
                .where(LICENSE_CHANGE.SUBSCRIPTION_ID.eq(subscriptionId))
                .orderBy(LICENSE_CHANGE.EFFECTIVE_DATE, LICENSE_CHANGE.ID)
                .fetch(LicenseChangeRepository::toChange);
    }

    public long insert(NewLicenseChange e) {
        return dsl.insertInto(LICENSE_CHANGE)
                .set(LICENSE_CHANGE.SUBSCRIPTION_ID, e.subscriptionId())
                .set(LICENSE_CHANGE.EVENT_TYPE, e.type().name())
                .set(LICENSE_CHANGE.QUANTITY_CHANGE, e.quantityChange())
                .set(LICENSE_CHANGE.QUANTITY_AFTER, e.quantityAfter())
                .set(LICENSE_CHANGE.EFFECTIVE_DATE, e.effectiveDate())
                .set(LICENSE_CHANGE.SOURCE, e.source().name())
                .set(LICENSE_CHANGE.RECORDED_BY, e.recordedBy())
                .set(LICENSE_CHANGE.RECORDED_AT, clock.instant())
                .set(LICENSE_CHANGE.ARCHIVED, e.archived())
                .set(LICENSE_CHANGE.ARCHIVE_REASON, e.archiveReason())
                .set(LICENSE_CHANGE.NOTE, e.note())
                .set(LICENSE_CHANGE.UNIT_PRICE, e.unitPrice() == null ? null : e.unitPrice().amount())
                .set(LICENSE_CHANGE.CURRENCY, e.unitPrice() == null ? null : e.unitPrice().currency())
                .returning(LICENSE_CHANGE.ID)
                .fetchOne(LICENSE_CHANGE.ID);
    }

    public void archive(long id, String reason, int expectedVersion) {
        checkOne(dsl.update(LICENSE_CHANGE)
                .set(LICENSE_CHANGE.ARCHIVED, true)
                .set(LICENSE_CHANGE.ARCHIVE_REASON, reason)
                .set(LICENSE_CHANGE.VERSION, LICENSE_CHANGE.VERSION.plus(1))
                .where(LICENSE_CHANGE.ID.eq(id))
                .and(LICENSE_CHANGE.VERSION.eq(expectedVersion))
                .and(LICENSE_CHANGE.INVOICED.isFalse())
                .execute());
    }

    public void unarchive(long id, int expectedVersion) {
        checkOne(dsl.update(LICENSE_CHANGE)
                .set(LICENSE_CHANGE.ARCHIVED, false)
                .setNull(LICENSE_CHANGE.ARCHIVE_REASON)
                .set(LICENSE_CHANGE.VERSION, LICENSE_CHANGE.VERSION.plus(1))
                .where(LICENSE_CHANGE.ID.eq(id))
                .and(LICENSE_CHANGE.VERSION.eq(expectedVersion))
                .execute());
    }

    /** Marks the automatic subscription's create event a replacement archives: it replaces the manual one's. */
    public void markReplacing(long id, long manualSubscriptionId) {
        checkOne(dsl.update(LICENSE_CHANGE)
                .set(LICENSE_CHANGE.REPLACES_SUBSCRIPTION_ID, manualSubscriptionId)
                .set(LICENSE_CHANGE.VERSION, LICENSE_CHANGE.VERSION.plus(1))
                .where(LICENSE_CHANGE.ID.eq(id))
                .execute());
    }

    /** Billing marks what it invoiced; archived events are never invoiced. Returns how many were marked. */
    public int markInvoiced(Collection<Long> ids, String invoiceRef) {
        return dsl.update(LICENSE_CHANGE)
                .set(LICENSE_CHANGE.INVOICED, true)
                .set(LICENSE_CHANGE.INVOICE_REF, invoiceRef)
                .set(LICENSE_CHANGE.VERSION, LICENSE_CHANGE.VERSION.plus(1))
                .where(LICENSE_CHANGE.ID.in(ids))
                .and(LICENSE_CHANGE.ARCHIVED.isFalse())
                .execute();
    }

    /** Moves events to another subscription keeping dates and flags, remembering where they came from. */
    public int moveTo(Collection<Long> ids, long fromSubscriptionId, long toSubscriptionId) {
        return dsl.update(LICENSE_CHANGE)
                .set(LICENSE_CHANGE.SUBSCRIPTION_ID, toSubscriptionId)
                .set(LICENSE_CHANGE.MOVED_FROM_SUBSCRIPTION_ID, fromSubscriptionId)
                .set(LICENSE_CHANGE.VERSION, LICENSE_CHANGE.VERSION.plus(1))
                .where(LICENSE_CHANGE.ID.in(ids))
                .and(LICENSE_CHANGE.SUBSCRIPTION_ID.eq(fromSubscriptionId))
                .execute();
    }

    /** Rewrites the quantity and date of a not-invoiced event (a replacement aligning A's create with M's). */
    public void rewriteQuantity(long id, int quantityChange, int quantityAfter, LocalDate effectiveDate,
                                int expectedVersion) {
        checkOne(dsl.update(LICENSE_CHANGE)
                .set(LICENSE_CHANGE.QUANTITY_CHANGE, quantityChange)
                .set(LICENSE_CHANGE.QUANTITY_AFTER, quantityAfter)
                .set(LICENSE_CHANGE.EFFECTIVE_DATE, effectiveDate)
                .set(LICENSE_CHANGE.VERSION, LICENSE_CHANGE.VERSION.plus(1))
                .where(LICENSE_CHANGE.ID.eq(id))
                .and(LICENSE_CHANGE.VERSION.eq(expectedVersion))
                .and(LICENSE_CHANGE.INVOICED.isFalse())
                .execute());
    }

    /** L for one subscription: the sum of all its events' quantity changes, archived ones included. */
    public int sumOfChanges(long subscriptionId) {
        return sumsOfChanges(List.of(subscriptionId)).getOrDefault(subscriptionId, 0);
    }

    /** L per subscription; a subscription without events is absent (its sum is 0). */
    public Map<Long, Integer> sumsOfChanges(Collection<Long> subscriptionIds) {
        Map<Long, Integer> sums = new HashMap<>();
        List<Long> ids = List.copyOf(subscriptionIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            Field<Integer> total = sum(LICENSE_CHANGE.QUANTITY_CHANGE).cast(Integer.class);
            dsl.select(LICENSE_CHANGE.SUBSCRIPTION_ID, total)
                    .from(LICENSE_CHANGE)
                    .where(LICENSE_CHANGE.SUBSCRIPTION_ID.in(ids.subList(from, Math.min(from + CHUNK, ids.size()))))
                    .groupBy(LICENSE_CHANGE.SUBSCRIPTION_ID)
                    .forEach(r -> sums.put(r.get(LICENSE_CHANGE.SUBSCRIPTION_ID), r.get(total)));
        }
        return sums;
    }

    /** The log integrity check (L != S) in one set-based query, for the mismatch report. */
    public List<LogMismatch> findLogMismatches(int offset, int limit) {
        return dsl.select(SUBSCRIPTION.ID, SUBSCRIPTION.CONTRACT_ID, SUBSCRIPTION.NAME, SUBSCRIPTION.QUANTITY,
                        LOG_SUM.as("log_sum"))
                .from(SUBSCRIPTION)
                .leftJoin(SUMS).on(SUMS_SUBSCRIPTION_ID.eq(SUBSCRIPTION.ID))
                .where(LOG_SUM.ne(SUBSCRIPTION.QUANTITY))
                .orderBy(SUBSCRIPTION.ID)
                .offset(offset)
                .limit(limit)
                .fetch(r -> new LogMismatch(r.get(SUBSCRIPTION.ID), r.get(SUBSCRIPTION.CONTRACT_ID),
                        r.get(SUBSCRIPTION.NAME), r.get(SUBSCRIPTION.QUANTITY), r.get("log_sum", Integer.class)));
    }

    public int countLogMismatches() {
        return dsl.fetchCount(dsl.select(SUBSCRIPTION.ID)
                .from(SUBSCRIPTION)
                .leftJoin(SUMS).on(SUMS_SUBSCRIPTION_ID.eq(SUBSCRIPTION.ID))
                .where(LOG_SUM.ne(SUBSCRIPTION.QUANTITY)));
    }

    private static void checkOne(int rows) {
        if (rows == 0) {
            throw new OptimisticLockException("This license change");
        }
    }

    static LicenseChange toChange(Record r) {
        return new LicenseChange(r.get(LICENSE_CHANGE.ID), r.get(LICENSE_CHANGE.SUBSCRIPTION_ID),
                LicenseChangeType.valueOf(r.get(LICENSE_CHANGE.EVENT_TYPE)), r.get(LICENSE_CHANGE.QUANTITY_CHANGE),
                r.get(LICENSE_CHANGE.QUANTITY_AFTER), r.get(LICENSE_CHANGE.EFFECTIVE_DATE),
                ChangeSource.valueOf(r.get(LICENSE_CHANGE.SOURCE)), r.get(LICENSE_CHANGE.RECORDED_BY),
                r.get(LICENSE_CHANGE.RECORDED_AT), r.get(LICENSE_CHANGE.ARCHIVED), r.get(LICENSE_CHANGE.ARCHIVE_REASON),
                r.get(LICENSE_CHANGE.INVOICED), r.get(LICENSE_CHANGE.INVOICE_REF),
                r.get(LICENSE_CHANGE.MOVED_FROM_SUBSCRIPTION_ID), r.get(LICENSE_CHANGE.NOTE),
                r.get(LICENSE_CHANGE.VERSION), r.get(LICENSE_CHANGE.UNIT_PRICE) == null ? null
                        : new Money(r.get(LICENSE_CHANGE.UNIT_PRICE), r.get(LICENSE_CHANGE.CURRENCY).strip()),
                r.get(LICENSE_CHANGE.REPLACES_SUBSCRIPTION_ID));
    }
}
