package org.seatkeeper.db.notifications;

import static org.seatkeeper.db.jooq.Tables.NOTIFICATION;
import static org.seatkeeper.db.jooq.Tables.PROVIDER;
import static org.seatkeeper.db.jooq.Tables.PROVIDER_ACCOUNT;

import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Notifications: one per subject (e.g. one per new provider account), never one per night. */
public final class NotificationRepository {

    /** The subject type of a notification about a provider account. */
    private static final String PROVIDER_ACCOUNT_SUBJECT = "PROVIDER_ACCOUNT";

    private final DSLContext dsl;

    public NotificationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Raises the notification unless one for the same kind and subject already exists; true when it is new. */
    public boolean raiseOnce(String kind, String subjectType, long subjectId, String title, String message, String link,
                             Instant now) {
        int rows = dsl.insertInto(NOTIFICATION)
                .set(NOTIFICATION.CREATED_AT, now)
                .set(NOTIFICATION.KIND, kind)
                .set(NOTIFICATION.SUBJECT_TYPE, subjectType)
                .set(NOTIFICATION.SUBJECT_ID, subjectId)
                .set(NOTIFICATION.TITLE, title)
                .set(NOTIFICATION.MESSAGE, message)
                .set(NOTIFICATION.LINK, link)
                .onDuplicateKeyIgnore()
                .execute();
        return rows > 0;
    }

    public List<Notification> open(int limit) {
        return dsl.selectFrom(NOTIFICATION).where(NOTIFICATION.DISMISSED_AT.isNull())
                .orderBy(NOTIFICATION.ID.desc()).limit(limit).fetch(NotificationRepository::toNotification);
    }

    public List<Notification> all(int offset, int limit) {
        return dsl.selectFrom(NOTIFICATION).orderBy(NOTIFICATION.ID.desc()).offset(offset).limit(limit)
                .fetch(NotificationRepository::toNotification);
    }

    /**
     * The open notifications grouped by kind and, for those about a provider account, by the account's provider; the
     * group with the newest notification first.
     */
    public List<NotificationGroup> openGroups(int limit) {
        org.jooq.Field<Integer> count = org.jooq.impl.DSL.count();
        org.jooq.Field<Long> latest = org.jooq.impl.DSL.max(NOTIFICATION.ID);
        var groups = dsl.select(NOTIFICATION.KIND, PROVIDER.ID, PROVIDER.NAME, count, latest)
                .from(NOTIFICATION)
                .leftJoin(PROVIDER_ACCOUNT).on(NOTIFICATION.SUBJECT_TYPE.eq(PROVIDER_ACCOUNT_SUBJECT)
                        .and(PROVIDER_ACCOUNT.ID.eq(NOTIFICATION.SUBJECT_ID)))
                .leftJoin(PROVIDER).on(PROVIDER.ID.eq(PROVIDER_ACCOUNT.PROVIDER_ID))
                .where(NOTIFICATION.DISMISSED_AT.isNull())
                .groupBy(NOTIFICATION.KIND, PROVIDER.ID, PROVIDER.NAME)
                .orderBy(latest.desc())
                .limit(limit)
                .fetch();
        java.util.Map<Long, Notification> latestById = dsl.selectFrom(NOTIFICATION)
                .where(NOTIFICATION.ID.in(groups.getValues(latest)))
                .fetchMap(NOTIFICATION.ID, NotificationRepository::toNotification);
        return groups.map(r -> new NotificationGroup(r.get(NOTIFICATION.KIND), r.get(PROVIDER.ID), r.get(PROVIDER.NAME),
                r.get(count), latestById.get(r.get(latest))));
    }

    /**
     * Dismisses every open notification of the kind (and, given a provider, about that provider's accounts).
     *
     * @return how many were dismissed
     */
    public int dismissGroup(String kind, Long providerId, String username, Instant now) {
        org.jooq.Condition ofProvider = providerId == null ? org.jooq.impl.DSL.noCondition()
                : NOTIFICATION.SUBJECT_TYPE.eq(PROVIDER_ACCOUNT_SUBJECT).and(NOTIFICATION.SUBJECT_ID.in(
                        dsl.select(PROVIDER_ACCOUNT.ID).from(PROVIDER_ACCOUNT)
                                .where(PROVIDER_ACCOUNT.PROVIDER_ID.eq(providerId))));
        return dsl.update(NOTIFICATION)
                .set(NOTIFICATION.DISMISSED_AT, now)
                .set(NOTIFICATION.DISMISSED_BY, username)
                .where(NOTIFICATION.KIND.eq(kind))
                .and(NOTIFICATION.DISMISSED_AT.isNull())
                .and(ofProvider)
                .execute();
    }

    public int countOpen() {
        return dsl.fetchCount(NOTIFICATION, NOTIFICATION.DISMISSED_AT.isNull());
    }

    public int countAll() {
        return dsl.fetchCount(NOTIFICATION);
    }

    public void dismiss(long id, String username, Instant now) {
        dsl.update(NOTIFICATION)
                .set(NOTIFICATION.DISMISSED_AT, now)
                .set(NOTIFICATION.DISMISSED_BY, username)
                .where(NOTIFICATION.ID.eq(id))
                .and(NOTIFICATION.DISMISSED_AT.isNull())
                .execute();
    }

    private static Notification toNotification(Record r) {
        return new Notification(r.get(NOTIFICATION.ID), r.get(NOTIFICATION.CREATED_AT), r.get(NOTIFICATION.KIND),
                r.get(NOTIFICATION.SUBJECT_TYPE), r.get(NOTIFICATION.SUBJECT_ID), r.get(NOTIFICATION.TITLE),
                r.get(NOTIFICATION.MESSAGE), r.get(NOTIFICATION.LINK), r.get(NOTIFICATION.DISMISSED_AT),
                r.get(NOTIFICATION.DISMISSED_BY));
    }
}
