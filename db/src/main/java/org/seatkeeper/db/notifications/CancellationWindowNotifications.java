package org.seatkeeper.db.notifications;

import static org.jooq.impl.DSL.concat;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.substring;
import static org.seatkeeper.db.jooq.Tables.BILLING_CONTRACT;
import static org.seatkeeper.db.jooq.Tables.CUSTOMER;
import static org.seatkeeper.db.jooq.Tables.NOTIFICATION;
import static org.seatkeeper.db.jooq.Tables.SUBSCRIPTION;

import java.time.Instant;
import java.time.LocalDate;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.SQLDataType;

/**
 * One notification per NCE cancellation window closing soon: per subscription and window, so the same window is never
 * notified twice (night after night) and the next term's window is notified again. The window's date is part of the
 * subject type ("SUBSCRIPTION_WINDOW 2026-12-10"), so uq_notification_subject keeps it to one.
 */
public final class CancellationWindowNotifications {

    public static final String KIND = "CANCELLATION_WINDOW";

    private final DSLContext dsl;

    public CancellationWindowNotifications(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** For the live subscriptions whose window closes in [from, to]; returns how many were raised. */
    public int raiseClosing(LocalDate from, LocalDate to, Instant now) {
        Field<String> day = SUBSCRIPTION.CANCELLATION_ALLOWED_UNTIL.cast(SQLDataType.VARCHAR(10));
        Field<String> subjectType = concat(inline("SUBSCRIPTION_WINDOW "), day);
        Field<String> id = SUBSCRIPTION.ID.cast(SQLDataType.VARCHAR(20));
        return dsl.insertInto(NOTIFICATION, NOTIFICATION.CREATED_AT, NOTIFICATION.KIND, NOTIFICATION.SUBJECT_TYPE,
                        NOTIFICATION.SUBJECT_ID, NOTIFICATION.TITLE, NOTIFICATION.MESSAGE, NOTIFICATION.LINK)
                .select(dsl.select(org.jooq.impl.DSL.val(now), inline(KIND), subjectType, SUBSCRIPTION.ID,
                                substring(concat(inline("Cancellation window closes "), day, inline(": "),
                                        SUBSCRIPTION.NAME, inline(" ("), CUSTOMER.NAME, inline(")")), 1, 300),
                                substring(concat(inline("Until "), day, inline(" the licenses of "), SUBSCRIPTION.NAME,
                                        inline(" can still be reduced or cancelled at the provider; after it, they are"
                                                + " paid to the end of the term.")), 1, 2000),
                                concat(inline("/subscriptions/"), id))
                        .from(SUBSCRIPTION)
                        .join(BILLING_CONTRACT).on(BILLING_CONTRACT.ID.eq(SUBSCRIPTION.CONTRACT_ID))
                        .join(CUSTOMER).on(CUSTOMER.ID.eq(BILLING_CONTRACT.CUSTOMER_ID))
                        .where(SUBSCRIPTION.CANCELLATION_ALLOWED_UNTIL.between(from, to))
                        .and(SUBSCRIPTION.STATUS.ne("DEACTIVATED"))
                        .andNotExists(selectOne().from(NOTIFICATION)
                                .where(NOTIFICATION.KIND.eq(KIND))
                                .and(NOTIFICATION.SUBJECT_TYPE.eq(subjectType))
                                .and(NOTIFICATION.SUBJECT_ID.eq(SUBSCRIPTION.ID))))
                .execute();
    }
}
