package org.seatkeeper.billing.subscriptions;

import java.time.LocalDate;
import java.util.Comparator;
import org.seatkeeper.billing.subscriptions.BillingRuleException.Subject;
import org.seatkeeper.db.subscriptions.LicenseChange;
import org.seatkeeper.db.subscriptions.LicenseChangeRepository;
import org.seatkeeper.db.subscriptions.Subscription;
import org.seatkeeper.db.subscriptions.SubscriptionOwner;
import org.seatkeeper.db.subscriptions.SubscriptionRepository;
import org.seatkeeper.db.subscriptions.SubscriptionState;

/** The checks every ledger operation starts with, each refusing with a message a person can act on. */
final class LicenseGuards {

    /** The log keeps an archive reason in 500 characters (license_change.archive_reason). */
    static final int MAX_REASON_LENGTH = 500;

    private final SubscriptionRepository subscriptions;
    private final LicenseChangeRepository changes;

    LicenseGuards(SubscriptionRepository subscriptions, LicenseChangeRepository changes) {
        this.subscriptions = subscriptions;
        this.changes = changes;
    }

    Subscription existing(long subscriptionId) {
        return subscriptions.findById(subscriptionId).orElseThrow(
                () -> new BillingRuleException("Subscription #" + subscriptionId + " does not exist."));
    }

    /** A manual subscription, and a change date no earlier than its start nor than its last recorded change. */
    Subscription manualSubscription(long subscriptionId, LocalDate effectiveDate) {
        Subscription s = existing(subscriptionId);
        requireManual(subscriptionId);
        if (effectiveDate == null) {
            throw new BillingRuleException(Subject.EFFECTIVE_DATE, "Enter the date the change takes effect.");
        }
        if (s.effectiveDate() != null && effectiveDate.isBefore(s.effectiveDate())) {
            throw new BillingRuleException(Subject.EFFECTIVE_DATE,
                    "The change cannot take effect before the subscription started (" + s.effectiveDate() + ").");
        }
        requireNotBeforeLastChange(s.id(), effectiveDate);
        return s;
    }

    /**
     * A new event always goes last: its "quantity after" and the status it sets are computed from the subscription as
     * it is now, so one dated inside the timeline would read wrong there and leave the later events stale. Archived
     * events are out of billing, so they do not hold a correction back.
     */
    private void requireNotBeforeLastChange(long subscriptionId, LocalDate effectiveDate) {
        changes.findBySubscription(subscriptionId).stream()
                .filter(e -> !e.archived())
                .map(LicenseChange::effectiveDate)
                .max(Comparator.naturalOrder())
                .filter(effectiveDate::isBefore)
                .ifPresent(last -> {
                    throw new BillingRuleException(Subject.EFFECTIVE_DATE,
                            "The change cannot take effect before the last recorded change on " + last + ".");
                });
    }

    /** Automatic subscriptions change at the provider; the next sync records the change with an event. */
    void requireManual(long subscriptionId) {
        SubscriptionOwner owner = subscriptions.findOwner(subscriptionId).orElseThrow(
                () -> new BillingRuleException("Subscription #" + subscriptionId + " does not exist."));
        if (!owner.manual()) {
            throw new BillingRuleException("Subscription #" + subscriptionId + " is synced from "
                    + owner.providerName() + ": change it at the provider, and the next sync records the change.");
        }
    }

    /** E.g. "Subscription #7 is deactivated: only an active subscription can be suspended." */
    void requireStatus(Subscription s, SubscriptionState expected, String rule) {
        if (s.status() != expected) {
            throw new BillingRuleException("Subscription #" + s.id() + " is " + s.status().name().toLowerCase()
                    + ": " + rule + ".");
        }
    }

    /** An event to archive or un-archive, with the reason the audit log keeps. */
    LicenseChange event(long eventId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BillingRuleException("Give a reason: it is kept in the audit log.");
        }
        if (reason.strip().length() > MAX_REASON_LENGTH) {
            throw new BillingRuleException("Keep the reason to " + MAX_REASON_LENGTH + " characters (this one has "
                    + reason.strip().length() + ").");
        }
        return changes.findById(eventId).orElseThrow(
                () -> new BillingRuleException("License change event #" + eventId + " does not exist."));
    }
}
