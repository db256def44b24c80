package org.seatkeeper.app.onboarding;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.seatkeeper.app.mail.OutboxDispatcher;
import org.seatkeeper.db.Transactions;
import org.seatkeeper.db.audit.AuditAction;
import org.seatkeeper.db.audit.AuditEntity;
import org.seatkeeper.db.audit.AuditLog;
import org.seatkeeper.db.audit.AuditState;
import org.seatkeeper.db.mail.NewMail;
import org.seatkeeper.db.mail.OutboxRepository;
import org.seatkeeper.db.onboarding.Invitation;
import org.seatkeeper.db.onboarding.InvitationRepository;
import org.seatkeeper.db.onboarding.NewInvitation;
import org.seatkeeper.db.onboarding.OnboardingRepository;
import org.seatkeeper.db.onboarding.OnboardingStage;

/**
 * Sends and resends reseller relationship invitations. The mail is queued in the outbox in the same transaction that
 * records the invitation as SENT (linked to that mail, whose outbox status the pages show), then the outbox is
 * dispatched at once (a failure leaves it queued for retry).
 */
final class Invitations {

    static final String MAIL_KIND = "RELATIONSHIP_INVITATION";

    private final InvitationRepository invitations;
    private final OnboardingRepository onboardings;
    private final OutboxRepository outbox;
    private final OutboxDispatcher mail;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    Invitations(InvitationRepository invitations, OnboardingRepository onboardings, OutboxRepository outbox,
                OutboxDispatcher mail, AuditLog audit, Transactions transactions, Clock clock) {
        this.invitations = invitations;
        this.onboardings = onboardings;
        this.outbox = outbox;
        this.mail = mail;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @return true when the mail went out now, false when it waits in the outbox */
    boolean send(String username, NewInvitation invitation, String customerName) {
        transactions.run(() -> {
            Instant now = clock.instant();
            long id = invitations.insert(invitation, username, now);
            invitations.linkMail(id, outbox.queue(mail(invitation.recipient(), invitation.subject(), invitation.bodyText()), now));
            onboardings.setStage(invitation.onboardingId(), OnboardingStage.INVITED, now);
            audit.record(username, AuditAction.SEND_INVITATION, AuditEntity.RELATIONSHIP_INVITATION, id, "Reseller relationship invitation "
                    + "for " + customerName + " mailed to " + invitation.recipient(), null,
                    AuditState.of("status", "SENT", "domain", invitation.tenantDomain(), "tenant",
                            invitation.tenantId()));
        });
        return dispatch();
    }

    /** @return true when the mail went out now */
    boolean resend(String username, Invitation invitation) {
        transactions.run(() -> {
            Instant now = clock.instant();
            invitations.linkMail(invitation.id(),
                    outbox.queue(mail(invitation.recipient(), invitation.subject(), invitation.bodyText()), now));
            invitations.markResent(invitation.id(), now);
            audit.record(username, AuditAction.RESEND_INVITATION, AuditEntity.RELATIONSHIP_INVITATION, invitation.id(), "Reseller "
                    + "relationship invitation for " + invitation.customerName() + " mailed again to "
                    + invitation.recipient() + " (time " + (invitation.timesSent() + 1) + ")");
        });
        return dispatch();
    }

    private boolean dispatch() {
        try {
            return mail.dispatchPending() > 0;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static NewMail mail(String recipient, String subject, String body) {
        return new NewMail(MAIL_KIND, List.of(recipient), subject, body, null);
    }
}
