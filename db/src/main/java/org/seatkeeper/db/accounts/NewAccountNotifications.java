package org.seatkeeper.db.accounts;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.concat;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.selectOne;
import static org.seatkeeper.db.jooq.Tables.NOTIFICATION;
import static org.seatkeeper.db.jooq.Tables.PROVIDER;
import static org.seatkeeper.db.jooq.Tables.PROVIDER_ACCOUNT;

import java.time.Instant;
import java.util.Collection;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.SQLDataType;

/**
 * One notification per new unmapped provider account, never a second one: the same rule as
 * {@code NotificationRepository.raiseOnce} (uq_notification_subject on kind + subject), but as one INSERT ... SELECT per
 * chunk, because a reseller's first sync creates thousands of accounts at once.
 */
public final class NewAccountNotifications {

    public static final String KIND = "NEW_PROVIDER_ACCOUNT";
    public static final String SUBJECT_TYPE = "PROVIDER_ACCOUNT";

    private final DSLContext dsl;

    public NewAccountNotifications(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** @return how many notifications were raised (accounts already notified or already mapped get none) */
    public int raiseFor(Collection<Long> accountIds, Instant now) {
        if (accountIds.isEmpty()) {
            return 0;
        }
        Field<String> name = coalesce(PROVIDER_ACCOUNT.COMPANY_NAME, PROVIDER_ACCOUNT.DOMAIN,
                PROVIDER_ACCOUNT.EXTERNAL_ID);
        Field<String> id = PROVIDER_ACCOUNT.ID.cast(SQLDataType.VARCHAR(20));
        return dsl.insertInto(NOTIFICATION, NOTIFICATION.CREATED_AT, NOTIFICATION.KIND, NOTIFICATION.SUBJECT_TYPE,
                        NOTIFICATION.SUBJECT_ID, NOTIFICATION.TITLE, NOTIFICATION.MESSAGE, NOTIFICATION.LINK)
                .select(dsl.select(org.jooq.impl.DSL.val(now), inline(KIND), inline(SUBJECT_TYPE), PROVIDER_ACCOUNT.ID,
                                concat(inline("New provider account: "), name),
                                concat(PROVIDER.NAME, inline(" reports a new customer tenant, "), name,
                                        inline(" (domain "), coalesce(PROVIDER_ACCOUNT.DOMAIN, inline("unknown")),
                                        inline(", tenant "), coalesce(PROVIDER_ACCOUNT.TENANT_ID, inline("unknown")),
                                        inline("). Map it to a customer, or its subscriptions cannot be billed.")),
                                concat(inline("/provider-accounts/"), id))
                        .from(PROVIDER_ACCOUNT)
                        .join(PROVIDER).on(PROVIDER.ID.eq(PROVIDER_ACCOUNT.PROVIDER_ID))
                        .where(PROVIDER_ACCOUNT.ID.in(accountIds))
                        .and(PROVIDER_ACCOUNT.CUSTOMER_ID.isNull())
                        .andNotExists(selectOne()
                                .from(NOTIFICATION)
                                .where(NOTIFICATION.KIND.eq(KIND))
                                .and(NOTIFICATION.SUBJECT_TYPE.eq(SUBJECT_TYPE))
                                .and(NOTIFICATION.SUBJECT_ID.eq(PROVIDER_ACCOUNT.ID))))
                .execute();
    }

    /** The account was mapped: its notification is resolved (closed as handled by who mapped it). */
    public void resolve(long accountId, String username, Instant now) {
        dsl.update(NOTIFICATION)
                .set(NOTIFICATION.DISMISSED_AT, now)
                .set(NOTIFICATION.DISMISSED_BY, username)
                .where(NOTIFICATION.KIND.eq(KIND))
                .and(NOTIFICATION.SUBJECT_TYPE.eq(SUBJECT_TYPE))
                .and(NOTIFICATION.SUBJECT_ID.eq(accountId))
                .and(NOTIFICATION.DISMISSED_AT.isNull())
                .execute();
    }
}
