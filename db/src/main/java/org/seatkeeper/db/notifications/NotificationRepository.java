package org.seatkeeper.db.notifications;

import static org.seatkeeper.db.jooq.Tables.NOTIFICATION;

import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Notifications: one per subject (e.g. one per new provider account), never one per night. */
public final class NotificationRepository {

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
