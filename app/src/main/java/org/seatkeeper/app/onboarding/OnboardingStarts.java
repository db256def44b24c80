package org.seatkeeper.app.onboarding;

import java.time.Clock;
import java.util.Optional;
import org.seatkeeper.db.Transactions;
import org.seatkeeper.db.audit.AuditAction;
import org.seatkeeper.db.audit.AuditEntity;
import org.seatkeeper.db.audit.AuditLog;
import org.seatkeeper.db.customers.ContactDetails;
import org.seatkeeper.db.customers.ContactRepository;
import org.seatkeeper.db.customers.CustomerDetails;
import org.seatkeeper.db.onboarding.NewInvitation;
import org.seatkeeper.db.onboarding.Onboarding;
import org.seatkeeper.db.onboarding.OnboardingPath;
import org.seatkeeper.db.onboarding.OnboardingRepository;
import org.seatkeeper.db.providers.Provider;

/**
 * The first steps of onboarding without the pages, as a person takes them: a new customer with its primary contact,
 * the provider and path, and the reseller-relationship invitation mailed with the draft the Invitation step offers
 * (the same subject, text and link). What the demo book uses to leave a few onboardings in progress.
 */
public final class OnboardingStarts {

    private final CustomerStep customers;
    private final OnboardingRepository onboardings;
    private final ContactRepository contacts;
    private final Flows flows;
    private final InvitationDrafts drafts;
    private final Invitations invitations;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    OnboardingStarts(CustomerStep customers, OnboardingRepository onboardings, ContactRepository contacts, Flows flows,
                     InvitationDrafts drafts, Invitations invitations, AuditLog audit, Transactions transactions, Clock clock) {
        this.customers = customers;
        this.onboardings = onboardings;
        this.contacts = contacts;
        this.flows = flows;
        this.drafts = drafts;
        this.invitations = invitations;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Step 1: the customer and its primary contact; returns the onboarding's id. */
    public long start(String actor, CustomerDetails customer, ContactDetails contact) {
        return customers.createCustomer(actor, new NewCustomerForm(customer, contact));
    }

    /** Step 2: the provider, and whether the customer has a Microsoft tenant already (then it is invited). */
    public void chooseProvider(String actor, long onboardingId, long providerId, OnboardingPath path) {
        Onboarding onboarding = flows.load(onboardingId);
        transactions.run(() -> {
            onboardings.chooseProvider(onboardingId, providerId, path, onboarding.version(), clock.instant());
            audit.record(actor, AuditAction.CHOOSE_PROVIDER, AuditEntity.ONBOARDING, onboardingId, "Onboarding of "
                    + onboarding.customerName() + ": provider #" + providerId + ", path " + path);
        });
    }

    /**
     * Step 3 of the invitation path: the drafted invitation mailed to the primary contact.
     *
     * @return true when it went out now, false when it waits in the outbox or the provider gave no invitation link
     */
    public boolean invite(String actor, long onboardingId) {
        Onboarding onboarding = flows.load(onboardingId);
        Provider provider = flows.provider(onboarding);
        var problems = org.seatkeeper.app.web.FormModel.empty();
        Optional<String> url = drafts.invitationUrl(provider, problems);
        var contact = contacts.primaryOf(onboarding.customerId());
        if (url.isEmpty() || contact.isEmpty()) {
            return false;
        }
        var draft = drafts.initial(onboarding, url.get());
        return invitations.send(actor, new NewInvitation(onboarding.id(), onboarding.customerId(), provider.id(),
                contact.get().id(), contact.get().details().email(), draft.value("tenantDomain"), "", url.get(),
                draft.value("subject"), draft.value("body")), onboarding.customerName());
    }
}
