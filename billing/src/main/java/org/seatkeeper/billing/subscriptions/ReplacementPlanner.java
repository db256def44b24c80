package org.seatkeeper.billing.subscriptions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.seatkeeper.db.subscriptions.LicenseChange;
import org.seatkeeper.db.subscriptions.LicenseChangeRepository;
import org.seatkeeper.db.subscriptions.LicenseChangeType;
import org.seatkeeper.db.subscriptions.Subscription;
import org.seatkeeper.db.subscriptions.SubscriptionOwner;
import org.seatkeeper.db.subscriptions.SubscriptionRepository;
import org.seatkeeper.db.subscriptions.SubscriptionState;

/** Reads M and A, refuses what the procedure cannot do (saying what to do instead), and plans the rest. */
final class ReplacementPlanner {

    private final SubscriptionRepository subscriptions;
    private final LicenseChangeRepository changes;
    private final Clock clock;

    ReplacementPlanner(SubscriptionRepository subscriptions, LicenseChangeRepository changes, Clock clock) {
        this.subscriptions = subscriptions;
        this.changes = changes;
        this.clock = clock;
    }

    ReplacementPlan plan(long manualId, long automaticId, boolean invoiceDeactivation) {
        if (manualId == automaticId) {
            throw new BillingRuleException("Pick two different subscriptions: the manual one and the automatic one.");
        }
        Subscription m = find(manualId);
        Subscription a = find(automaticId);
        SubscriptionOwner mOwner = subscriptions.findOwner(manualId).orElseThrow();
        SubscriptionOwner aOwner = subscriptions.findOwner(automaticId).orElseThrow();
        if (!mOwner.manual()) {
            throw new BillingRuleException("Subscription #" + manualId + " comes from " + mOwner.providerName()
                    + ", not from the Manual provider: only a manual subscription can be replaced. "
                    + "Pick the manual subscription as the one to replace.");
        }
        if (!aOwner.providerAutomatic() || aOwner.manual()) {
            throw new BillingRuleException("Subscription #" + automaticId + " is not synced from an automatic provider ("
                    + aOwner.providerName() + "). Pick the subscription the provider sync created.");
        }
        if (mOwner.customerId() != aOwner.customerId()) {
            throw new BillingRuleException("Subscription #" + manualId + " belongs to " + mOwner.customerName()
                    + " but #" + automaticId + " belongs to " + aOwner.customerName() + ". Both must be the same "
                    + "customer's: if the provider account is mapped to the wrong customer, correct the mapping first.");
        }
        if (m.status() == SubscriptionState.DEACTIVATED) {
            throw new BillingRuleException("Manual subscription #" + manualId + " is already deactivated, so it was "
                    + "probably replaced before. Check the license change log of #" + automaticId
                    + " and correct it with events if needed.");
        }
        if (m.effectiveDate() == null) {
            throw new BillingRuleException("Manual subscription #" + manualId + " has no effective date. "
                    + "Enter it on #" + manualId + " first: the automatic subscription takes it over.");
        }
        List<LicenseChange> mEvents = changes.findBySubscription(manualId);
        LicenseChange mCreate = onlyCreate(mEvents, manualId);
        List<LicenseChange> aEvents = changes.findBySubscription(automaticId);
        LicenseChange aCreate = onlyCreate(aEvents, automaticId);
        if (aEvents.size() > 1) {
            throw new BillingRuleException("Automatic subscription #" + automaticId + " already has " + (aEvents.size() - 1)
                    + " events besides its create event, so moving the manual history onto it would count changes "
                    + "twice. Correct the two logs by hand with events and archiving instead.");
        }
        if (aCreate.archived()) {
            throw new BillingRuleException("The create event of #" + automaticId + " (" + aCreate.quantityChange()
                    + " on " + aCreate.effectiveDate() + ") is already archived, so #" + automaticId + " was probably "
                    + "given a manual subscription's history before. If it was archived by mistake, un-archive it on "
                    + "the page of #" + automaticId + " and start the replacement again.");
        }
        if (aCreate.invoiced()) {
            throw new BillingRuleException("The create event of #" + automaticId + " is already invoiced ("
                    + aCreate.invoiceRef() + "), so it cannot be archived. Credit that invoice in the PSA, then "
                    + "correct the logs by hand.");
        }
        List<LicenseChange> toMove = mEvents.stream().filter(e -> e.id() != mCreate.id()).toList();
        int createQuantity = mCreate.quantityChange();
        int movedSum = toMove.stream().mapToInt(LicenseChange::quantityChange).sum();
        int providerQuantity = a.providerQuantity() != null ? a.providerQuantity() : a.quantity();
        PlannedChange deactivation = new PlannedChange(LicenseChangeType.DEACTIVATE, -createQuantity, 0,
                LocalDate.now(clock));
        return new ReplacementPlan(manualId, m.name(), automaticId, a.name(), mOwner.customerName(), toMove,
                a.effectiveDate(), m.effectiveDate(), aCreate.id(), aCreate.quantityChange(), createQuantity,
                aCreate.effectiveDate(), m.effectiveDate(), deactivation, !invoiceDeactivation,
                createQuantity + movedSum, providerQuantity, !Objects.equals(m.productId(), a.productId()));
    }

    private Subscription find(long id) {
        return subscriptions.findById(id).orElseThrow(
                () -> new BillingRuleException("Subscription #" + id + " does not exist."));
    }

    private static LicenseChange onlyCreate(List<LicenseChange> events, long subscriptionId) {
        List<LicenseChange> creates = events.stream().filter(e -> e.type() == LicenseChangeType.CREATE).toList();
        if (creates.size() != 1) {
            throw new BillingRuleException("Subscription #" + subscriptionId + " has " + creates.size()
                    + " create events instead of one, so it is unclear which history to keep. "
                    + "Correct its license change log by hand first.");
        }
        return creates.get(0);
    }
}
