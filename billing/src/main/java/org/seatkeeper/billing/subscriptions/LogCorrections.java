package org.seatkeeper.billing.subscriptions;

import java.time.LocalDate;
import java.util.Set;
import org.seatkeeper.billing.subscriptions.BillingRuleException.Subject;
import org.seatkeeper.db.audit.AuditAction;
import org.seatkeeper.db.audit.AuditEntity;
import org.seatkeeper.db.audit.AuditLog;
import org.seatkeeper.db.audit.AuditState;
import org.seatkeeper.db.subscriptions.ChangeSource;
import org.seatkeeper.db.subscriptions.LicenseChangeRepository;
import org.seatkeeper.db.subscriptions.LicenseChangeType;
import org.seatkeeper.db.subscriptions.NewLicenseChange;
import org.seatkeeper.db.subscriptions.Subscription;
import org.seatkeeper.db.subscriptions.SubscriptionRepository;

/**
 * A correcting event on a subscription whose log does not add up (rule 1 broken: L != S), manual or synced alike
 * (issue 14, item 8). The event changes the log only, never the subscription's quantity (S is what the provider or a
 * person set; the log is what is wrong); it is recorded with source CORRECTION and the person's reason, audited, and
 * refused when the log already adds up, when it would take the log further from S, or when the page was stale.
 * Runs in the caller's transaction.
 */
public final class LogCorrections {

    /** The event types a correction may take; its sign follows the type. */
    public static final Set<LicenseChangeType> TYPES = Set.of(LicenseChangeType.CREATE, LicenseChangeType.INCREASE,
            LicenseChangeType.DECREASE);

    /** What the form asks for. */
    public record Correction(LicenseChangeType type, int quantity, LocalDate effectiveDate, String reason) {
    }

    private final SubscriptionRepository subscriptions;
    private final LicenseChangeRepository changes;
    private final AuditLog audit;

    public LogCorrections(SubscriptionRepository subscriptions, LicenseChangeRepository changes, AuditLog audit) {
        this.subscriptions = subscriptions;
        this.changes = changes;
        this.audit = audit;
    }

    /**
     * @param seenLogSum the log's sum the page showed: another correction meanwhile refuses this one
     * @return what was done, for the person
     */
    public String correct(long subscriptionId, int seenVersion, int seenLogSum, Correction c, String username) {
        Subscription s = subscriptions.findById(subscriptionId).orElseThrow(
                () -> new BillingRuleException("Subscription #" + subscriptionId + " does not exist."));
        int logSum = changes.sumOfChanges(s.id());
        if (s.version() != seenVersion || logSum != seenLogSum) {
            throw new BillingRuleException("Subscription #" + s.id() + " or its log changed since this page was "
                    + "opened: the log now adds up to " + logSum + " and the quantity is " + s.quantity()
                    + ". Check the log below and correct it again if it still needs it.");
        }
        if (logSum == s.quantity()) {
            throw new BillingRuleException("The log already adds up to " + logSum + ", the subscription's quantity: "
                    + "nothing to correct.");
        }
        if (c.reason() == null || c.reason().isBlank()) {
            throw new BillingRuleException(Subject.REASON, "Give the reason: it stays with the event and in the audit "
                    + "log.");
        }
        if (c.reason().strip().length() > LicenseGuards.MAX_REASON_LENGTH) {
            throw new BillingRuleException(Subject.REASON, "Keep the reason to " + LicenseGuards.MAX_REASON_LENGTH
                    + " characters (this one has " + c.reason().strip().length() + ").");
        }
        if (!TYPES.contains(c.type())) {
            throw new BillingRuleException(Subject.SUBSCRIPTION, "A correction is a create, increase or decrease.");
        }
        if (c.quantity() < 1 || c.quantity() > QuantityRules.MAX) {
            throw new BillingRuleException(Subject.QUANTITY, "Enter a number of licenses from 1 to "
                    + QuantityRules.MAX + ".");
        }
        if (s.effectiveDate() != null && c.effectiveDate().isBefore(s.effectiveDate())) {
            throw new BillingRuleException(Subject.EFFECTIVE_DATE, "The correction cannot take effect before the "
                    + "subscription started (" + s.effectiveDate() + ").");
        }
        int change = c.type() == LicenseChangeType.DECREASE ? -c.quantity() : c.quantity();
        int after = logSum + change;
        if (after < 0) {
            throw new BillingRuleException(Subject.QUANTITY, "The log adds up to " + logSum + ": a decrease of "
                    + c.quantity() + " would take it below 0.");
        }
        if (Math.abs(s.quantity() - after) >= Math.abs(s.quantity() - logSum)) {
            int needed = s.quantity() - logSum;
            throw new BillingRuleException(Subject.QUANTITY, "This would not bring the log closer to the "
                    + "subscription's " + s.quantity() + " licenses: it adds up to " + logSum + ", so it needs "
                    + (needed > 0 ? "an increase of " + needed : "a decrease of " + -needed) + ".");
        }
        long id = changes.insert(new NewLicenseChange(s.id(), c.type(), change, after, c.effectiveDate(),
                ChangeSource.CORRECTION, username, false, null, c.reason().strip()));
        audit.record(username, AuditAction.CORRECT_LICENSE_LOG, AuditEntity.SUBSCRIPTION, s.id(), "Corrected the log of "
                        + "subscription #" + s.id() + " with " + c.type().name().toLowerCase() + " event #" + id + " ("
                        + (change > 0 ? "+" : "") + change + " on " + c.effectiveDate() + "): " + c.reason(),
                AuditState.of("logSum", logSum, "quantity", s.quantity()),
                AuditState.of("logSum", after, "quantity", s.quantity(), "event", id, "reason", c.reason()));
        return after == s.quantity() ? "Correction recorded: the log adds up to " + after + " again."
                : "Correction recorded: the log adds up to " + after + "; the quantity is " + s.quantity() + ".";
    }
}
