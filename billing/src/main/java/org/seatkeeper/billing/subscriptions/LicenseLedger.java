package org.seatkeeper.billing.subscriptions;

import java.time.LocalDate;
import org.seatkeeper.billing.subscriptions.BillingRuleException.Subject;
import org.seatkeeper.db.audit.AuditAction;
import org.seatkeeper.db.audit.AuditEntity;
import org.seatkeeper.db.audit.AuditLog;
import org.seatkeeper.db.audit.AuditState;
import org.seatkeeper.db.subscriptions.ChangeSource;
import org.seatkeeper.db.subscriptions.LicenseChange;
import org.seatkeeper.db.subscriptions.LicenseChangeRepository;
import org.seatkeeper.db.subscriptions.LicenseChangeType;
import org.seatkeeper.db.subscriptions.NewLicenseChange;
import org.seatkeeper.db.subscriptions.NewSubscription;
import org.seatkeeper.db.subscriptions.Subscription;
import org.seatkeeper.db.subscriptions.SubscriptionRepository;
import org.seatkeeper.db.subscriptions.SubscriptionState;

/**
 * The only way a person changes a subscription's quantity or status: each operation writes one license change
 * event, the subscription's new quantity and status, and an audit entry, so rule 1 (the log adds up) holds after
 * every call. It runs in the caller's transaction (wrap calls in {@code Transactions}); it opens none itself.
 *
 * <p>Suspending keeps the quantity (a SUSPEND event changes it by 0): the provider keeps reporting the seats of a
 * suspended subscription, and billing decides what a suspended period costs. Deactivating brings the quantity to 0
 * with a DEACTIVATE event of minus the current quantity, so the log still adds up afterwards.
 */
public final class LicenseLedger {


    private final SubscriptionRepository subscriptions;
    private final LicenseChangeRepository changes;
    private final LicenseGuards guards;
    private final AuditLog audit;

    public LicenseLedger(SubscriptionRepository subscriptions, LicenseChangeRepository changes, AuditLog audit) {
        this.subscriptions = subscriptions;
        this.changes = changes;
        this.guards = new LicenseGuards(subscriptions, changes);
        this.audit = audit;
    }

    /** A manual subscription with its CREATE event of the initial quantity, dated its effective date. */
    public long createManual(NewSubscription subscription, String username) {
        LocalDate start = subscription.terms().effectiveDate();
        if (start == null) {
            throw new BillingRuleException(Subject.EFFECTIVE_DATE,
                    "Enter the date the subscription starts (its effective date).");
        }
        QuantityRules.refusalForNew(subscription.quantity()).ifPresent(reason -> {
            throw new BillingRuleException(Subject.QUANTITY, reason);
        });
        if (subscription.status() != SubscriptionState.ACTIVE) {
            throw new BillingRuleException("A new manual subscription starts active; suspend it afterwards if needed.");
        }
        long id = subscriptions.insert(subscription);
        guards.requireManual(id);
        changes.insert(NewLicenseChange.of(id, LicenseChangeType.CREATE, subscription.quantity(),
                subscription.quantity(), start, ChangeSource.USER, username));
        audit.record(username, AuditAction.CREATE, AuditEntity.SUBSCRIPTION, id,
                "Created manual subscription #" + id + " \"" + subscription.name() + "\" with "
                        + subscription.quantity() + " licenses from " + start,
                null, state(subscription.quantity(), SubscriptionState.ACTIVE));
        return id;
    }

    /** The manual subscription as it is now in this transaction, refused with the reason when it cannot change. */
    Subscription manualSubscription(long subscriptionId, LocalDate effectiveDate) {
        return guards.manualSubscription(subscriptionId, effectiveDate);
    }

    /** An INCREASE or DECREASE event of the difference; returns the event's id. */
    public long changeQuantity(long subscriptionId, int newQuantity, LocalDate effectiveDate, String username) {
        return changeQuantity(manualSubscription(subscriptionId, effectiveDate), newQuantity, effectiveDate, username);
    }

    long changeQuantity(Subscription s, int newQuantity, LocalDate effectiveDate, String username) {
        if (s.status() == SubscriptionState.DEACTIVATED) {
            throw new BillingRuleException("Subscription #" + s.id() + " is deactivated: its quantity cannot change. "
                    + "Create a new subscription instead.");
        }
        QuantityRules.refusalForChange(newQuantity).ifPresent(reason -> {
            throw new BillingRuleException(Subject.QUANTITY, reason);
        });
        if (newQuantity == s.quantity()) {
            throw new BillingRuleException(Subject.QUANTITY, "Subscription #" + s.id() + " already has " + newQuantity
                    + " licenses: nothing to change.");
        }
        int change = newQuantity - s.quantity();
        LicenseChangeType type = change > 0 ? LicenseChangeType.INCREASE : LicenseChangeType.DECREASE;
        return write(s, type, change, s.status(), effectiveDate, username, AuditAction.CHANGE_QUANTITY,
                (change > 0 ? "Increased" : "Decreased") + " subscription #" + s.id() + " from " + s.quantity()
                        + " to " + newQuantity + " licenses from " + effectiveDate);
    }

    /** A SUSPEND event (quantity unchanged); only an active subscription can be suspended. */
    public long suspend(long subscriptionId, LocalDate effectiveDate, String username) {
        return suspend(manualSubscription(subscriptionId, effectiveDate), effectiveDate, username);
    }

    long suspend(Subscription s, LocalDate effectiveDate, String username) {
        guards.requireStatus(s, SubscriptionState.ACTIVE, "only an active subscription can be suspended");
        return write(s, LicenseChangeType.SUSPEND, 0, SubscriptionState.SUSPENDED, effectiveDate, username,
                AuditAction.SUSPEND, "Suspended subscription #" + s.id() + " from " + effectiveDate);
    }

    /** A REACTIVATE event (quantity unchanged); only a suspended subscription can be reactivated. */
    public long reactivate(long subscriptionId, LocalDate effectiveDate, String username) {
        return reactivate(manualSubscription(subscriptionId, effectiveDate), effectiveDate, username);
    }

    long reactivate(Subscription s, LocalDate effectiveDate, String username) {
        guards.requireStatus(s, SubscriptionState.SUSPENDED, "only a suspended subscription can be reactivated");
        return write(s, LicenseChangeType.REACTIVATE, 0, SubscriptionState.ACTIVE, effectiveDate, username,
                AuditAction.REACTIVATE, "Reactivated subscription #" + s.id() + " from " + effectiveDate);
    }

    /** A DEACTIVATE event of minus the current quantity; the subscription ends with 0 licenses. */
    public long deactivate(long subscriptionId, LocalDate effectiveDate, String username) {
        return deactivate(manualSubscription(subscriptionId, effectiveDate), effectiveDate, username);
    }

    long deactivate(Subscription s, LocalDate effectiveDate, String username) {
        if (s.status() == SubscriptionState.DEACTIVATED) {
            throw new BillingRuleException("Subscription #" + s.id() + " is already deactivated.");
        }
        return write(s, LicenseChangeType.DEACTIVATE, -s.quantity(), SubscriptionState.DEACTIVATED, effectiveDate,
                username, AuditAction.DEACTIVATE, "Deactivated subscription #" + s.id() + " (" + s.quantity()
                        + " licenses) from " + effectiveDate);
    }

    /**
     * Deactivates a replaced manual subscription whose other events were just moved away: the event takes back
     * what is left of its log ({@code remainingLogSum}), archived when it must not be invoiced.
     */
    long deactivateReplaced(long subscriptionId, int remainingLogSum, LocalDate effectiveDate, boolean archived,
                            String reason, String username) {
        Subscription s = guards.existing(subscriptionId);
        NewLicenseChange event = new NewLicenseChange(s.id(), LicenseChangeType.DEACTIVATE, -remainingLogSum, 0,
                effectiveDate, ChangeSource.REPLACEMENT, username, archived, archived ? reason : null, reason);
        long eventId = changes.insert(event);
        subscriptions.updateState(s.id(), 0, SubscriptionState.DEACTIVATED, s.version());
        audit.record(username, AuditAction.DEACTIVATE, AuditEntity.SUBSCRIPTION, s.id(), "Deactivated subscription #" + s.id()
                        + " (" + reason + ")" + (archived ? "; the deactivation is archived, not invoiced" : ""),
                state(s.quantity(), s.status()), state(0, SubscriptionState.DEACTIVATED));
        return eventId;
    }

    /** Marks an event never to be invoiced. Refused once it is invoiced (rule 2). */
    public void archive(long eventId, String reason, String username) {
        LicenseChange event = guards.event(eventId, reason);
        if (event.invoiced()) {
            throw new BillingRuleException("This " + event.type().name().toLowerCase() + " event was already invoiced"
                    + (event.invoiceRef() == null ? "" : " (invoice " + event.invoiceRef() + ")")
                    + ", so it cannot be archived. Correct it with a new event, or credit the invoice in the PSA.");
        }
        if (event.archived()) {
            throw new BillingRuleException("This event is already archived.");
        }
        changes.archive(event.id(), reason, event.version());
        audit.record(username, AuditAction.ARCHIVE_LICENSE_CHANGE, AuditEntity.SUBSCRIPTION, event.subscriptionId(),
                "Archived " + describe(event) + ": " + reason,
                AuditState.of("event", event.id(), "archived", false),
                AuditState.of("event", event.id(), "archived", true, "reason", reason));
    }

    /** Makes an archived event invoiceable again; the reason goes to the audit log. */
    public void unarchive(long eventId, String reason, String username) {
        unarchive(eventId, reason, false, username);
    }

    /**
     * Makes an archived event invoiceable again. The create event a replacement archived is refused (subject
     * DOUBLE_BILLING, saying what would be billed twice) unless {@code doubleBillingConfirmed}: the manual
     * subscription it replaced bills those licenses already (issue 14, item 6).
     */
    public void unarchive(long eventId, String reason, boolean doubleBillingConfirmed, String username) {
        LicenseChange event = guards.event(eventId, reason);
        if (!event.archived()) {
            throw new BillingRuleException("This event is not archived.");
        }
        String doubleBilling = event.replacesSubscriptionId() == null ? "" : doubleBilling(event);
        if (!doubleBilling.isEmpty() && !doubleBillingConfirmed) {
            throw new BillingRuleException(Subject.DOUBLE_BILLING, "Un-archiving this create event would bill "
                    + doubleBilling + " If they really must be billed twice, confirm it and un-archive again.");
        }
        changes.unarchive(event.id(), event.version());
        audit.record(username, AuditAction.UNARCHIVE_LICENSE_CHANGE, AuditEntity.SUBSCRIPTION, event.subscriptionId(),
                "Un-archived " + describe(event) + ": " + reason
                        + (doubleBilling.isEmpty() ? "" : " (confirmed double billing: " + doubleBilling + ")"),
                AuditState.of("event", event.id(), "archived", true, "reason", event.archiveReason()),
                AuditState.of("event", event.id(), "archived", false, "unarchiveReason", reason));
    }

    /** "11 licenses from 2026-03-01 a second time: manual subscription #4, which ... bills them already." */
    private String doubleBilling(LicenseChange replacingCreate) {
        long manualId = replacingCreate.replacesSubscriptionId();
        String manualCreate = changes.findBySubscription(manualId).stream()
                .filter(e -> e.type() == LicenseChangeType.CREATE)
                .findFirst()
                .map(e -> "its create event of " + e.quantityChange() + " on " + e.effectiveDate()
                        + (e.invoiced() ? ", invoiced" + (e.invoiceRef() == null ? "" : " (" + e.invoiceRef() + ")")
                        : e.archived() ? ", archived" : ", to be invoiced"))
                .orElse("its create event");
        return replacingCreate.quantityChange() + " licenses from " + replacingCreate.effectiveDate()
                + " a second time: subscription #" + replacingCreate.subscriptionId() + " replaced manual subscription #"
                + manualId + ", whose log bills them already (" + manualCreate + ").";
    }

    private long write(Subscription s, LicenseChangeType type, int change, SubscriptionState newStatus,
                       LocalDate effectiveDate, String username, AuditAction action, String summary) {
        int after = s.quantity() + change;
        long eventId = changes.insert(NewLicenseChange.of(s.id(), type, change, after, effectiveDate,
                ChangeSource.USER, username));
        subscriptions.updateState(s.id(), after, newStatus, s.version());
        audit.record(username, action, AuditEntity.SUBSCRIPTION, s.id(), summary, state(s.quantity(), s.status()),
                state(after, newStatus));
        return eventId;
    }

    static AuditState state(int quantity, SubscriptionState status) {
        return AuditState.of("quantity", quantity, "status", status);
    }

    private static String describe(LicenseChange event) {
        return event.type().name().toLowerCase() + " event #" + event.id() + " (" + event.quantityChange()
                + " on " + event.effectiveDate() + ") of subscription #" + event.subscriptionId();
    }
}
