package org.seatkeeper.db.mismatch;

import static org.jooq.impl.DSL.abs;
import static org.jooq.impl.DSL.castNull;
import static org.jooq.impl.DSL.greatest;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.concat;
import static org.jooq.impl.DSL.inline;
import static org.seatkeeper.db.mismatch.CandidateFields.text;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.upper;
import static org.jooq.impl.DSL.when;
import static org.seatkeeper.db.jooq.Tables.BILLING_CONTRACT;
import static org.seatkeeper.db.jooq.Tables.LICENSE_CHANGE;
import static org.seatkeeper.db.jooq.Tables.PRODUCT;
import static org.seatkeeper.db.jooq.Tables.PROVIDER;
import static org.seatkeeper.db.jooq.Tables.PROVIDER_ACCOUNT;
import static org.seatkeeper.db.jooq.Tables.SUBSCRIPTION;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.CaseWhenStep;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.seatkeeper.db.jooq.tables.Subscription;

/**
 * The per-subscription checks as set-based candidate queries over one range of subscription ids (a chunk of the
 * reconciliation job). Each returns the rows that fail the check, in the {@link CandidateFields} shape; nothing is
 * loaded into Java.
 */
public final class SubscriptionChecks {

    /** What providers call a subscription that is no longer live (Partner Center, Ion, Pax8 spellings). */
    static final List<String> DEAD_PROVIDER_STATUSES = List.of("SUSPENDED", "DELETED", "EXPIRED", "DISABLED",
            "CANCELLED", "CANCELED", "DEACTIVATED", "INACTIVE");
    public static final List<CheckKind> KINDS = List.of(CheckKind.LOG_INTEGRITY, CheckKind.PROVIDER_VS_SEATKEEPER,
            CheckKind.STATUS, CheckKind.UNMAPPED, CheckKind.GHOST, CheckKind.MISSING_DATA);

    private static final Subscription S = SUBSCRIPTION;
    // the customer's unit price is the subscription's own (the price rules' or a person's), never the product's
    private static final Field<BigDecimal> PRICE = S.UNIT_PRICE;
    private static final Field<String> CURRENCY = coalesce(S.CURRENCY, PRODUCT.CURRENCY);
    private static final Condition LIVE = S.STATUS.ne("DEACTIVATED");
    private static final Field<String> PROVIDER_STATUS = upper(S.PROVIDER_STATUS);

    private SubscriptionChecks() {
    }

    /** The candidate query of {@code check} for subscriptions with ids in [fromId, toId], without a day's sync. */
    public static Select<?> candidates(CheckKind check, long fromId, long toId) {
        return candidates(check, fromId, toId, SyncMoments.NONE);
    }

    /**
     * The candidate query of {@code check} for subscriptions with ids in [fromId, toId]; {@code syncs} are the day's
     * subscription syncs provider vs Seatkeeper compares with.
     */
    public static Select<?> candidates(CheckKind check, long fromId, long toId, SyncMoments syncs) {
        Condition range = S.ID.between(fromId, toId);
        return switch (check) {
            case LOG_INTEGRITY -> logIntegrity(fromId, toId, range);
            case PROVIDER_VS_SEATKEEPER -> providerVsSeatkeeper(range, syncs);
            case STATUS -> status(range);
            case UNMAPPED -> unmapped(range);
            case GHOST -> ghost(range);
            case MISSING_DATA -> missingData(range);
            default -> throw new IllegalArgumentException(check + " is not a per-subscription check");
        };
    }

    private static CandidateFields base(CheckKind check, Field<String> direction) {
        return CandidateFields.of(check, SubjectType.SUBSCRIPTION, S.ID, S.NAME, direction)
                .withOwners(S.PROVIDER_ID, BILLING_CONTRACT.CUSTOMER_ID, S.ID, S.PROVIDER_ACCOUNT_ID, S.PRODUCT_ID)
                .withStatuses(S.PROVIDER_STATUS, S.STATUS)
                .withPrice(PRICE, CURRENCY);
    }

    private static Select<?> from(CandidateFields fields, Condition where) {
        return select(fields.selectList())
                .from(S)
                .join(BILLING_CONTRACT).on(BILLING_CONTRACT.ID.eq(S.CONTRACT_ID))
                .leftJoin(PRODUCT).on(PRODUCT.ID.eq(S.PRODUCT_ID))
                .where(where);
    }

    private static Select<?> logIntegrity(long fromId, long toId, Condition range) {
        Table<?> sums = select(LICENSE_CHANGE.SUBSCRIPTION_ID,
                        sum(LICENSE_CHANGE.QUANTITY_CHANGE).cast(SQLDataType.INTEGER).as("total"))
                .from(LICENSE_CHANGE)
                .where(LICENSE_CHANGE.SUBSCRIPTION_ID.between(fromId, toId))
                .groupBy(LICENSE_CHANGE.SUBSCRIPTION_ID)
                .asTable("log_sums");
        Field<Integer> l = coalesce(sums.field("total", Integer.class), inline(0));
        CandidateFields fields = base(CheckKind.LOG_INTEGRITY,
                        when(l.lt(S.QUANTITY), text(Direction.UNDER_BILLING.name()))
                                .otherwise(text(Direction.OVER_BILLING.name())))
                .withNumbers(S.PROVIDER_QUANTITY, S.QUANTITY, l, S.QUANTITY.minus(l));
        return select(fields.selectList())
                .from(S)
                .join(BILLING_CONTRACT).on(BILLING_CONTRACT.ID.eq(S.CONTRACT_ID))
                .leftJoin(PRODUCT).on(PRODUCT.ID.eq(S.PRODUCT_ID))
                .leftJoin(sums).on(sums.field(LICENSE_CHANGE.SUBSCRIPTION_ID).eq(S.ID))
                .where(range)
                .and(l.ne(S.QUANTITY));
    }

    private static Select<?> providerVsSeatkeeper(Condition range, SyncMoments syncs) {
        // grace: a change a person made after the day's sync of this subscription started is compared after the next
        // sync. The reference is the day's sync (the nightly one, or the contract's own if later), never the row's
        // last_synced_at: an unchanged row keeps its old stamp, which kept the check silent for good (issue 14, 7).
        // Without any sync run on record, the row's stamp is all there is.
        Field<Instant> nightly = syncs.nightly() == null ? castNull(SQLDataType.INSTANT)
                : inline(syncs.nightly(), SQLDataType.INSTANT);
        Field<Instant> contractSync = contractSyncs(syncs);
        Field<Instant> reference = coalesce(greatest(contractSync, nightly), contractSync, nightly, S.LAST_SYNCED_AT);
        Condition changedSinceSync = org.jooq.impl.DSL.exists(selectOne()
                .from(LICENSE_CHANGE)
                .where(LICENSE_CHANGE.SUBSCRIPTION_ID.eq(S.ID))
                .and(LICENSE_CHANGE.RECORDED_AT.gt(reference))
                .and(LICENSE_CHANGE.SOURCE.ne("SYNC")));
        CandidateFields fields = base(CheckKind.PROVIDER_VS_SEATKEEPER,
                        when(S.PROVIDER_QUANTITY.gt(S.QUANTITY), text(Direction.UNDER_BILLING.name()))
                                .otherwise(text(Direction.OVER_BILLING.name())))
                .withNumbers(S.PROVIDER_QUANTITY, S.QUANTITY, castNullInt(), S.PROVIDER_QUANTITY.minus(S.QUANTITY));
        return from(fields, range
                .and(LIVE)
                .and(S.PROVIDER_QUANTITY.isNotNull())
                .and(S.LAST_SYNCED_AT.isNotNull())
                .and(S.PROVIDER_QUANTITY.ne(S.QUANTITY))
                .and(PROVIDER_STATUS.isNull().or(PROVIDER_STATUS.notIn(DEAD_PROVIDER_STATUSES)))
                .andNot(changedSinceSync));
    }

    /** When the subscription's contract had its own sync that day: a CASE over the (few) contracts synced. */
    private static Field<Instant> contractSyncs(SyncMoments syncs) {
        CaseWhenStep<Long, Instant> when = null;
        for (Map.Entry<Long, Instant> e : new TreeMap<>(syncs.contracts()).entrySet()) {
            when = when == null ? DSL.case_(S.CONTRACT_ID).when(inline(e.getKey()), inline(e.getValue(),
                    SQLDataType.INSTANT)) : when.when(inline(e.getKey()), inline(e.getValue(), SQLDataType.INSTANT));
        }
        return when == null ? castNull(SQLDataType.INSTANT) : when.otherwise(castNull(SQLDataType.INSTANT));
    }

    private static Select<?> status(Condition range) {
        Condition providerDead = PROVIDER_STATUS.in(DEAD_PROVIDER_STATUSES);
        Condition weBill = S.STATUS.eq("ACTIVE");
        CandidateFields fields = base(CheckKind.STATUS,
                        when(weBill, text(Direction.OVER_BILLING.name()))
                                .otherwise(text(Direction.UNDER_BILLING.name())))
                .withNumbers(S.PROVIDER_QUANTITY, S.QUANTITY, castNullInt(),
                        when(weBill, S.QUANTITY.neg()).otherwise(coalesce(S.PROVIDER_QUANTITY, inline(0))))
                .withDetail(concat(text("Provider says "), S.PROVIDER_STATUS, text(", Seatkeeper says "),
                        S.STATUS));
        return from(fields, range.and(S.PROVIDER_STATUS.isNotNull()).and(
                providerDead.and(weBill)
                        .or(PROVIDER_STATUS.eq("ACTIVE").and(S.STATUS.in("SUSPENDED", "DEACTIVATED")))));
    }

    private static Select<?> unmapped(Condition range) {
        Condition closed = BILLING_CONTRACT.STATUS.eq("CLOSED");
        Condition otherCustomer = PROVIDER_ACCOUNT.ID.isNotNull()
                .and(PROVIDER_ACCOUNT.CUSTOMER_ID.isDistinctFrom(BILLING_CONTRACT.CUSTOMER_ID));
        CandidateFields fields = base(CheckKind.UNMAPPED, text(Direction.UNDER_BILLING.name()))
                .withNumbers(S.PROVIDER_QUANTITY, S.QUANTITY, castNullInt(), S.QUANTITY)
                .withDetail(when(closed, text("The billing contract is closed"))
                        .when(PROVIDER_ACCOUNT.CUSTOMER_ID.isNull(), text("The provider account has no customer"))
                        .otherwise(text("The provider account is mapped to another customer than the contract's")));
        return select(fields.selectList())
                .from(S)
                .join(BILLING_CONTRACT).on(BILLING_CONTRACT.ID.eq(S.CONTRACT_ID))
                .leftJoin(PRODUCT).on(PRODUCT.ID.eq(S.PRODUCT_ID))
                .leftJoin(PROVIDER_ACCOUNT).on(PROVIDER_ACCOUNT.ID.eq(S.PROVIDER_ACCOUNT_ID))
                .where(range)
                .and(LIVE)
                .and(closed.or(otherCustomer));
    }

    private static Select<?> ghost(Condition range) {
        // a subscription the provider stops listing in an account it still reports is deactivated by the sync itself
        // (rule 4, with an event); what stays live is a subscription of an account the provider no longer reports.
        // (Comparing each subscription's last sync stamp was wrong: a sync leaves unchanged rows untouched, rule 3.)
        Condition gone = PROVIDER_ACCOUNT.STATUS.eq("INACTIVE");
        CandidateFields fields = base(CheckKind.GHOST, text(Direction.OVER_BILLING.name()))
                .withNumbers(S.PROVIDER_QUANTITY, S.QUANTITY, castNullInt(), S.QUANTITY.neg())
                .withDetail(text("The provider no longer reports the customer's account"));
        return select(fields.selectList())
                .from(S)
                .join(PROVIDER).on(PROVIDER.ID.eq(S.PROVIDER_ID))
                .join(BILLING_CONTRACT).on(BILLING_CONTRACT.ID.eq(S.CONTRACT_ID))
                .leftJoin(PRODUCT).on(PRODUCT.ID.eq(S.PRODUCT_ID))
                .join(PROVIDER_ACCOUNT).on(PROVIDER_ACCOUNT.ID.eq(S.PROVIDER_ACCOUNT_ID))
                .where(range)
                .and(PROVIDER.AUTOMATIC.isTrue())
                .and(S.EXTERNAL_ID.isNotNull())
                .and(LIVE)
                .and(gone);
    }

    private static Select<?> missingData(Condition range) {
        Condition noProduct = S.PRODUCT_ID.isNull();
        Condition noPrice = PRICE.isNull();
        Condition noCurrency = CURRENCY.isNull();
        Condition noDate = S.EFFECTIVE_DATE.isNull();
        CandidateFields fields = base(CheckKind.MISSING_DATA, text(Direction.DATA.name()))
                .withNumbers(S.PROVIDER_QUANTITY, S.QUANTITY, castNullInt(), castNullInt())
                .withDetail(concat(
                        part(noProduct, "no product; "), part(noPrice, "no price; "),
                        part(noCurrency, "no currency; "), part(noDate, "no effective date; ")));
        return from(fields, range.and(LIVE).and(noProduct.or(noPrice).or(noCurrency).or(noDate)));
    }

    private static Field<String> part(Condition when, String text) {
        return when(when, text(text)).otherwise(text(""));
    }

    private static Field<Integer> castNullInt() {
        return org.jooq.impl.DSL.castNull(SQLDataType.INTEGER);
    }

    static Field<BigDecimal> moneyAtStake(Field<Integer> difference, Field<BigDecimal> price) {
        return abs(difference).cast(SQLDataType.DECIMAL(19, 4)).times(price);
    }
}
