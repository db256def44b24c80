package org.seatkeeper.db.accounts;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.concat;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.substring;
import static org.seatkeeper.db.jooq.Tables.NOTIFICATION;
import static org.seatkeeper.db.jooq.Tables.PROVIDER;
import static org.seatkeeper.db.jooq.Tables.PROVIDER_ACCOUNT;
import static org.seatkeeper.db.jooq.Tables.PROVIDER_ACCOUNT_SEEN;

import java.time.Instant;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.SQLDataType;

/**
 * One notification per provider account that turns inactive (the provider stopped reporting it: the relationship
 * ended, or the tenant moved to another reseller), raised in the same INSERT ... SELECT as the accounts a sync is
 * about to mark inactive; never a second one for the same account (uq_notification_subject).
 */
public final class InactiveAccountNotifications {

    public static final String KIND = "PROVIDER_ACCOUNT_INACTIVE";

    private final DSLContext dsl;

    public InactiveAccountNotifications(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** For the active accounts of the provider this run did not see: call before they are marked inactive. */
    public int raiseForUnseen(long providerId, long runId, Instant now) {
        Field<String> name = coalesce(PROVIDER_ACCOUNT.COMPANY_NAME, PROVIDER_ACCOUNT.DOMAIN, PROVIDER_ACCOUNT.EXTERNAL_ID);
        Field<String> id = PROVIDER_ACCOUNT.ID.cast(SQLDataType.VARCHAR(20));
        return dsl.insertInto(NOTIFICATION, NOTIFICATION.CREATED_AT, NOTIFICATION.KIND, NOTIFICATION.SUBJECT_TYPE,
                        NOTIFICATION.SUBJECT_ID, NOTIFICATION.TITLE, NOTIFICATION.MESSAGE, NOTIFICATION.LINK)
                .select(dsl.select(org.jooq.impl.DSL.val(now), inline(KIND), inline(NewAccountNotifications.SUBJECT_TYPE),
                                PROVIDER_ACCOUNT.ID,
                                substring(concat(inline("Provider account turned inactive: "), name), 1, 300),
                                concat(PROVIDER.NAME, inline(" no longer reports "), name,
                                        inline(". Its subscriptions stay billed in Seatkeeper until someone ends them:"
                                                + " check whether the customer left or moved to another reseller.")),
                                concat(inline("/provider-accounts/"), id))
                        .from(PROVIDER_ACCOUNT)
                        .join(PROVIDER).on(PROVIDER.ID.eq(PROVIDER_ACCOUNT.PROVIDER_ID))
                        .where(PROVIDER_ACCOUNT.PROVIDER_ID.eq(providerId))
                        .and(PROVIDER_ACCOUNT.STATUS.eq("ACTIVE"))
                        .andNotExists(selectOne().from(PROVIDER_ACCOUNT_SEEN)
                                .where(PROVIDER_ACCOUNT_SEEN.RUN_ID.eq(runId))
                                .and(PROVIDER_ACCOUNT_SEEN.EXTERNAL_ID.eq(PROVIDER_ACCOUNT.EXTERNAL_ID)))
                        .andNotExists(selectOne().from(NOTIFICATION)
                                .where(NOTIFICATION.KIND.eq(KIND))
                                .and(NOTIFICATION.SUBJECT_TYPE.eq(NewAccountNotifications.SUBJECT_TYPE))
                                .and(NOTIFICATION.SUBJECT_ID.eq(PROVIDER_ACCOUNT.ID))))
                .execute();
    }
}
