package org.seatkeeper.db.mail;

import static org.seatkeeper.db.jooq.Tables.MAIL_ATTACHMENT;
import static org.seatkeeper.db.jooq.Tables.MAIL_OUTBOX;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * The mail outbox. A mail is queued in the same transaction as the change that causes it, and sent later,
 * so no mail is lost when SMTP is down.
 */
public final class OutboxRepository {

    private static final int MAX_ERROR = 2000;

    private final DSLContext dsl;

    public OutboxRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long queue(NewMail mail, Instant now) {
        return dsl.insertInto(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.CREATED_AT, now)
                .set(MAIL_OUTBOX.KIND, mail.kind())
                .set(MAIL_OUTBOX.RECIPIENTS, String.join(", ", mail.recipients()))
                .set(MAIL_OUTBOX.SUBJECT, mail.subject())
                .set(MAIL_OUTBOX.BODY_TEXT, mail.bodyText())
                .set(MAIL_OUTBOX.BODY_HTML, mail.bodyHtml())
                .set(MAIL_OUTBOX.STATUS, MailStatus.PENDING.name())
                .returning(MAIL_OUTBOX.ID)
                .fetchOne(MAIL_OUTBOX.ID);
    }

    /** Queues a mail with the files it carries. */
    public long queue(NewMail mail, Instant now, List<MailAttachment> attachments) {
        long id = queue(mail, now);
        for (MailAttachment attachment : attachments) {
            dsl.insertInto(MAIL_ATTACHMENT)
                    .set(MAIL_ATTACHMENT.MAIL_ID, id)
                    .set(MAIL_ATTACHMENT.FILE_NAME, attachment.fileName())
                    .set(MAIL_ATTACHMENT.CONTENT_TYPE, attachment.contentType())
                    .set(MAIL_ATTACHMENT.CONTENT, attachment.content())
                    .execute();
        }
        return id;
    }

    /** The files a mail carries, in the order they were queued. */
    public List<MailAttachment> attachments(long mailId) {
        return dsl.selectFrom(MAIL_ATTACHMENT)
                .where(MAIL_ATTACHMENT.MAIL_ID.eq(mailId))
                .orderBy(MAIL_ATTACHMENT.ID)
                .fetch(r -> new MailAttachment(r.getFileName(), r.getContentType(), r.getContent()));
    }

    public List<OutboxMail> pending(int limit) {
        return dsl.selectFrom(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.STATUS.eq(MailStatus.PENDING.name()))
                .orderBy(MAIL_OUTBOX.ID)
                .limit(limit)
                .fetch(OutboxRepository::toMail);
    }

    public List<OutboxMail> recent(String status, int offset, int limit) {
        var where = status == null || status.isBlank() ? MAIL_OUTBOX.ID.isNotNull() : MAIL_OUTBOX.STATUS.eq(status);
        return dsl.selectFrom(MAIL_OUTBOX).where(where).orderBy(MAIL_OUTBOX.ID.desc()).offset(offset).limit(limit)
                .fetch(OutboxRepository::toMail);
    }

    public Optional<OutboxMail> find(long id) {
        return dsl.selectFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.ID.eq(id)).fetchOptional(OutboxRepository::toMail);
    }

    public int countByStatus(MailStatus status) {
        return dsl.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.STATUS.eq(status.name()));
    }

    public void markSent(long id, Instant now) {
        dsl.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.STATUS, MailStatus.SENT.name())
                .set(MAIL_OUTBOX.ATTEMPTS, MAIL_OUTBOX.ATTEMPTS.plus(1))
                .set(MAIL_OUTBOX.LAST_ATTEMPT_AT, now)
                .set(MAIL_OUTBOX.SENT_AT, now)
                .setNull(MAIL_OUTBOX.LAST_ERROR)
                .where(MAIL_OUTBOX.ID.eq(id))
                .execute();
    }

    /** A failed attempt: the mail stays pending until {@code giveUp}, then it is FAILED until someone retries it. */
    public void markAttemptFailed(long id, String error, boolean giveUp, Instant now) {
        dsl.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.STATUS, giveUp ? MailStatus.FAILED.name() : MailStatus.PENDING.name())
                .set(MAIL_OUTBOX.ATTEMPTS, MAIL_OUTBOX.ATTEMPTS.plus(1))
                .set(MAIL_OUTBOX.LAST_ATTEMPT_AT, now)
                .set(MAIL_OUTBOX.LAST_ERROR, error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error)
                .where(MAIL_OUTBOX.ID.eq(id))
                .execute();
    }

    public void retry(long id) {
        dsl.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.STATUS, MailStatus.PENDING.name())
                .set(MAIL_OUTBOX.ATTEMPTS, 0)
                .where(MAIL_OUTBOX.ID.eq(id))
                .and(MAIL_OUTBOX.STATUS.eq(MailStatus.FAILED.name()))
                .execute();
    }

    private static OutboxMail toMail(Record r) {
        return new OutboxMail(r.get(MAIL_OUTBOX.ID), r.get(MAIL_OUTBOX.CREATED_AT), r.get(MAIL_OUTBOX.KIND),
                r.get(MAIL_OUTBOX.RECIPIENTS), r.get(MAIL_OUTBOX.SUBJECT), r.get(MAIL_OUTBOX.BODY_TEXT),
                r.get(MAIL_OUTBOX.BODY_HTML), MailStatus.valueOf(r.get(MAIL_OUTBOX.STATUS)), r.get(MAIL_OUTBOX.ATTEMPTS),
                r.get(MAIL_OUTBOX.LAST_ERROR), r.get(MAIL_OUTBOX.LAST_ATTEMPT_AT), r.get(MAIL_OUTBOX.SENT_AT));
    }
}
