package org.seatkeeper.db.mismatch;

import static org.jooq.impl.DSL.castNull;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.concat;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.seatkeeper.db.jooq.Tables.BILLING_CONTRACT;
import static org.seatkeeper.db.jooq.Tables.PROVIDER;
import static org.seatkeeper.db.jooq.Tables.PROVIDER_ACCOUNT;
import static org.seatkeeper.db.jooq.Tables.SUBSCRIPTION;
import static org.seatkeeper.db.jooq.Tables.UNREADABLE_SUBSCRIPTION;
import static org.seatkeeper.db.mismatch.CandidateFields.text;

import org.jooq.Condition;
import org.jooq.Select;
import org.jooq.impl.SQLDataType;
import org.seatkeeper.db.jooq.tables.Subscription;
import org.seatkeeper.db.jooq.tables.UnreadableSubscription;

/**
 * "Provider data unreadable": what the last subscription sync of each account could not read (unreadable_subscription), as set-based
 * candidate queries over the whole (small) table. A finding is resolved once a sync reads the record again.
 */
public final class UnreadableChecks {

    private static final UnreadableSubscription U = UNREADABLE_SUBSCRIPTION;
    private static final Subscription S = SUBSCRIPTION;
    private static final Condition SAME_SUBSCRIPTION = S.PROVIDER_ID.eq(U.PROVIDER_ID)
            .and(S.EXTERNAL_ID.eq(U.EXTERNAL_ID));

    private UnreadableChecks() {
    }

    /** A subscription we hold whose provider record could not be read: it is kept as it was. */
    public static Select<?> subscriptions() {
        CandidateFields fields = CandidateFields.of(CheckKind.UNREADABLE, SubjectType.SUBSCRIPTION, S.ID, S.NAME,
                        text(Direction.DATA.name()))
                .withOwners(S.PROVIDER_ID, BILLING_CONTRACT.CUSTOMER_ID, S.ID, S.PROVIDER_ACCOUNT_ID, S.PRODUCT_ID)
                .withNumbers(S.PROVIDER_QUANTITY, S.QUANTITY, castNull(SQLDataType.INTEGER),
                        castNull(SQLDataType.INTEGER))
                .withStatuses(S.PROVIDER_STATUS, S.STATUS)
                .withPrice(S.UNIT_PRICE, S.CURRENCY)
                .withDetail(concat(text("The provider's record could not be read ("), U.REASON,
                        text("); kept as it was at the last sync that read it")));
        return select(fields.selectList())
                .from(U)
                .join(S).on(SAME_SUBSCRIPTION)
                .join(BILLING_CONTRACT).on(BILLING_CONTRACT.ID.eq(S.CONTRACT_ID));
    }

    /** Records of an account that stand for no subscription we hold (new ones, or ids that could not be read). */
    public static Select<?> accounts() {
        var records = count().cast(SQLDataType.VARCHAR(20));
        CandidateFields fields = CandidateFields.of(CheckKind.UNREADABLE, SubjectType.PROVIDER_ACCOUNT,
                        PROVIDER_ACCOUNT.ID,
                        coalesce(PROVIDER_ACCOUNT.COMPANY_NAME, PROVIDER_ACCOUNT.DOMAIN, PROVIDER_ACCOUNT.EXTERNAL_ID),
                        text(Direction.DATA.name()))
                .withOwners(PROVIDER_ACCOUNT.PROVIDER_ID, PROVIDER_ACCOUNT.CUSTOMER_ID, castNull(SQLDataType.BIGINT),
                        PROVIDER_ACCOUNT.ID, castNull(SQLDataType.BIGINT))
                .withDetail(concat(PROVIDER.NAME, text(" lists "), records,
                        text(" subscription record(s) of this account that could not be read ("), min(U.REASON),
                        text(")")));
        return select(fields.selectList())
                .from(U)
                .join(PROVIDER_ACCOUNT).on(PROVIDER_ACCOUNT.ID.eq(U.PROVIDER_ACCOUNT_ID))
                .join(PROVIDER).on(PROVIDER.ID.eq(PROVIDER_ACCOUNT.PROVIDER_ID))
                .where(U.EXTERNAL_ID.isNull().or(notExists(selectOne().from(S).where(SAME_SUBSCRIPTION))))
                .groupBy(PROVIDER_ACCOUNT.ID, PROVIDER_ACCOUNT.COMPANY_NAME, PROVIDER_ACCOUNT.DOMAIN,
                        PROVIDER_ACCOUNT.EXTERNAL_ID, PROVIDER_ACCOUNT.PROVIDER_ID, PROVIDER_ACCOUNT.CUSTOMER_ID,
                        PROVIDER.NAME);
    }
}
