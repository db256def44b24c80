package org.seatkeeper.db.onboarding;

import static org.seatkeeper.db.jooq.Tables.CUSTOMER;
import static org.seatkeeper.db.jooq.Tables.MAIL_OUTBOX;
import static org.seatkeeper.db.jooq.Tables.PROVIDER;
import static org.seatkeeper.db.jooq.Tables.RELATIONSHIP_INVITATION;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.seatkeeper.db.jooq.tables.RelationshipInvitation;

/** Reseller relationship invitations: sent, resent, and accepted when a sync sees the tenant. */
public final class InvitationRepository {

    private static final RelationshipInvitation RI = RELATIONSHIP_INVITATION;

    private final DSLContext dsl;

    public InvitationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insert(NewInvitation invitation, String username, Instant now) {
        return dsl.insertInto(RI)
                .set(RI.ONBOARDING_ID, invitation.onboardingId())
                .set(RI.CUSTOMER_ID, invitation.customerId())
                .set(RI.PROVIDER_ID, invitation.providerId())
                .set(RI.CONTACT_ID, invitation.contactId())
                .set(RI.RECIPIENT, invitation.recipient())
                .set(RI.TENANT_DOMAIN, invitation.tenantDomain())
                .set(RI.TENANT_ID, invitation.tenantId())
                .set(RI.INVITATION_URL, invitation.invitationUrl())
                .set(RI.SUBJECT, invitation.subject())
                .set(RI.BODY_TEXT, invitation.bodyText())
                .set(RI.STATUS, Invitation.SENT)
                .set(RI.SENT_AT, now)
                .set(RI.LAST_SENT_AT, now)
                .set(RI.SENT_BY, username)
                .returning(RI.ID)
                .fetchOne(RI.ID);
    }

    public Optional<Invitation> find(long id) {
        return fetch(RI.ID.eq(id)).stream().findFirst();
    }

    public List<Invitation> byOnboarding(long onboardingId) {
        return fetch(RI.ONBOARDING_ID.eq(onboardingId));
    }

    /** The invitations a sync of this provider may find accepted. */
    public List<Invitation> openFor(long providerId) {
        return fetch(RI.PROVIDER_ID.eq(providerId).and(RI.STATUS.eq(Invitation.SENT)));
    }

    /** Sent before {@code sentBefore} and still not accepted: someone should follow up. */
    public List<Invitation> dueForFollowUp(Instant sentBefore) {
        return fetch(RI.STATUS.eq(Invitation.SENT).and(RI.LAST_SENT_AT.lt(sentBefore)));
    }

    /** The outbox mail that carries the invitation now (the first, or the last resend's). */
    public void linkMail(long id, long mailId) {
        dsl.update(RI).set(RI.MAIL_ID, mailId).where(RI.ID.eq(id)).execute();
    }

    public void markResent(long id, Instant now) {
        dsl.update(RI)
                .set(RI.LAST_SENT_AT, now)
                .set(RI.TIMES_SENT, RI.TIMES_SENT.plus(1))
                .set(RI.VERSION, RI.VERSION.plus(1))
                .where(RI.ID.eq(id))
                .and(RI.STATUS.eq(Invitation.SENT))
                .execute();
    }

    /** @return false when it was already accepted (another run got there first) */
    public boolean markAccepted(long id, long providerAccountId, boolean needsMapping, Instant now) {
        return dsl.update(RI)
                .set(RI.STATUS, Invitation.ACCEPTED)
                .set(RI.ACCEPTED_AT, now)
                .set(RI.PROVIDER_ACCOUNT_ID, providerAccountId)
                .set(RI.NEEDS_MAPPING, needsMapping)
                .set(RI.VERSION, RI.VERSION.plus(1))
                .where(RI.ID.eq(id))
                .and(RI.STATUS.eq(Invitation.SENT))
                .execute() == 1;
    }

    private List<Invitation> fetch(Condition condition) {
        return dsl.select(RI.asterisk(), CUSTOMER.NAME, PROVIDER.NAME, MAIL_OUTBOX.STATUS)
                .from(RI)
                .join(CUSTOMER).on(CUSTOMER.ID.eq(RI.CUSTOMER_ID))
                .leftJoin(MAIL_OUTBOX).on(MAIL_OUTBOX.ID.eq(RI.MAIL_ID))
                .join(PROVIDER).on(PROVIDER.ID.eq(RI.PROVIDER_ID))
                .where(condition)
                .orderBy(RI.LAST_SENT_AT, RI.ID)
                .fetch(InvitationRepository::toInvitation);
    }

    private static Invitation toInvitation(Record r) {
        return new Invitation(r.get(RI.ID), r.get(RI.ONBOARDING_ID), r.get(RI.CUSTOMER_ID), r.get(CUSTOMER.NAME),
                r.get(RI.PROVIDER_ID), r.get(PROVIDER.NAME), r.get(RI.CONTACT_ID), r.get(RI.RECIPIENT),
                r.get(RI.TENANT_DOMAIN), r.get(RI.TENANT_ID), r.get(RI.INVITATION_URL), r.get(RI.SUBJECT),
                r.get(RI.BODY_TEXT), r.get(RI.STATUS), r.get(RI.SENT_AT), r.get(RI.LAST_SENT_AT), r.get(RI.TIMES_SENT),
                r.get(RI.SENT_BY), r.get(RI.ACCEPTED_AT), r.get(RI.PROVIDER_ACCOUNT_ID), r.get(RI.NEEDS_MAPPING),
                r.get(RI.VERSION), r.get(MAIL_OUTBOX.STATUS));
    }
}
