package org.seatkeeper.batch.onboarding;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.seatkeeper.batch.accounts.NewAccountsListener;
import org.seatkeeper.db.accounts.AccountMappings;
import org.seatkeeper.db.accounts.MappingRuleException;
import org.seatkeeper.db.accounts.NewProviderAccount;
import org.seatkeeper.db.audit.AuditAction;
import org.seatkeeper.db.audit.AuditEntity;
import org.seatkeeper.db.audit.AuditLog;
import org.seatkeeper.db.audit.AuditState;
import org.seatkeeper.db.notifications.NotificationRepository;
import org.seatkeeper.db.onboarding.Invitation;
import org.seatkeeper.db.onboarding.InvitationRepository;
import org.seatkeeper.db.onboarding.OnboardingRepository;
import org.seatkeeper.db.onboarding.OnboardingStage;
import org.seatkeeper.db.onboarding.ProvisionedAccounts;

/**
 * Notices that an invited customer accepted the reseller relationship: Partner Center has no callback, the tenant
 * simply appears in the provider's customer list (provider-apis.md 1.6), so the provider account sync tells us about
 * each account it creates. A new account with the invitation's tenant id or domain, matching no other open
 * invitation, is mapped to the invited customer at once; one that only matches by company name, or matches several,
 * marks the invitation accepted and flagged for mapping by a person. Either way a notification says so.
 *
 * <p>Runs inside the sync's chunk transaction and is idempotent: only SENT invitations are considered, and a replayed
 * chunk rolled back whatever this wrote the first time.
 */
public final class InvitationAcceptance implements NewAccountsListener {

    static final String NOTIFICATION_KIND = "INVITATION_ACCEPTED";
    static final String SUBJECT_TYPE = "RELATIONSHIP_INVITATION";
    private static final String ACTOR = "provider-account-sync";

    private final InvitationRepository invitations;
    private final OnboardingRepository onboardings;
    private final AccountMappings mappings;
    private final ProvisionedAccounts provisioned;
    private final NotificationRepository notifications;
    private final AuditLog audit;
    private final Clock clock;

    public InvitationAcceptance(InvitationRepository invitations, OnboardingRepository onboardings,
                                AccountMappings mappings, ProvisionedAccounts provisioned,
                                NotificationRepository notifications, AuditLog audit, Clock clock) {
        this.invitations = invitations;
        this.onboardings = onboardings;
        this.mappings = mappings;
        this.provisioned = provisioned;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void onNewAccounts(long providerId, List<NewProviderAccount> created) {
        onAccountsSynced(providerId, created);
    }

    /** The accounts a sync of {@code providerId} has just created. */
    public void onAccountsSynced(long providerId, List<NewProviderAccount> created) {
        if (created.isEmpty()) {
            return;
        }
        List<Invitation> open = invitations.openFor(providerId);
        for (Invitation invitation : open) {
            List<NewProviderAccount> sameTenant = created.stream().filter(a -> sameTenant(invitation, a)).toList();
            if (sameTenant.size() == 1) {
                NewProviderAccount account = sameTenant.get(0);
                boolean shared = open.stream().anyMatch(o -> o.id() != invitation.id() && sameTenant(o, account));
                accept(invitation, account, !shared);
            } else if (sameTenant.size() > 1) {
                accept(invitation, sameTenant.get(0), false);
            } else {
                created.stream().filter(a -> sameName(invitation, a)).findFirst()
                        .ifPresent(account -> accept(invitation, account, false));
            }
        }
    }

    private void accept(Invitation invitation, NewProviderAccount account, boolean unambiguous) {
        Instant now = clock.instant();
        String problem = unambiguous ? map(invitation, account, now) : "the match is not certain (company name only, "
                + "or several candidates)";
        boolean mapped = problem == null;
        if (!invitations.markAccepted(invitation.id(), account.id(), !mapped, now)) {
            return;
        }
        if (mapped) {
            onboardings.recordProviderAccount(invitation.onboardingId(), account.id(), OnboardingStage.PROVISIONED, now);
            provisioned.settleNewAccountNotice(account.id(), ACTOR, now);
        } else {
            onboardings.setStage(invitation.onboardingId(), OnboardingStage.ACCEPTED, now);
        }
        String title = invitation.customerName() + " accepted the reseller relationship";
        String message = mapped
                ? invitation.providerName() + " now reports " + account.displayName() + " as your customer; its provider "
                        + "account was mapped to " + invitation.customerName() + " automatically."
                : invitation.providerName() + " now reports " + account.displayName() + " as your customer, but it was "
                        + "not mapped automatically: " + problem + ". Map it to " + invitation.customerName() + ".";
        String link = mapped ? "/onboarding/flow/" + invitation.onboardingId() : "/provider-accounts/" + account.id();
        notifications.raiseOnce(NOTIFICATION_KIND, SUBJECT_TYPE, invitation.id(), title, message, link, now);
        audit.record(ACTOR, AuditAction.ACCEPT_INVITATION, AuditEntity.RELATIONSHIP_INVITATION, invitation.id(),
                "Invitation to " + invitation.customerName() + " accepted: provider account " + account.id()
                        + (mapped ? " mapped automatically" : " flagged for mapping"),
                AuditState.of("status", "SENT"),
                AuditState.of("status", "ACCEPTED", "providerAccount", account.id(), "mapped", mapped));
    }

    /** @return null when mapped, else why not */
    private String map(Invitation invitation, NewProviderAccount account, Instant now) {
        try {
            mappings.map(account.id(), invitation.customerId(), ACTOR, now);
            return null;
        } catch (MappingRuleException e) {
            return e.getMessage();
        }
    }

    private static boolean sameTenant(Invitation invitation, NewProviderAccount account) {
        return (invitation.tenantId() != null && invitation.tenantId().equalsIgnoreCase(account.tenantId()))
                || (invitation.tenantDomain() != null && invitation.tenantDomain().equalsIgnoreCase(account.domain()));
    }

    private static boolean sameName(Invitation invitation, NewProviderAccount account) {
        return account.companyName() != null && invitation.customerName().strip().toLowerCase(Locale.ROOT)
                .equals(account.companyName().strip().toLowerCase(Locale.ROOT));
    }
}
