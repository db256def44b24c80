package org.seatkeeper.billing.subscriptions;

import java.time.LocalDate;
import org.seatkeeper.db.subscriptions.Subscription;

/**
 * A change a person asked for on a manual subscription's page, applied through the {@link LicenseLedger} only if the
 * subscription is still as that page showed it (its version): two people changing the same subscription at once
 * never stack the second change silently on the first. Runs in the caller's transaction, like the ledger.
 */
public final class ManualChanges {

    /** What the page's forms can ask for. */
    public enum Action { QUANTITY, SUSPEND, REACTIVATE, DEACTIVATE }

    private final LicenseLedger ledger;

    public ManualChanges(LicenseLedger ledger) {
        this.ledger = ledger;
    }

    /**
     * @param seenVersion the subscription's version when the page was shown
     * @param quantity    the new quantity, for {@link Action#QUANTITY} only
     * @return what was done, for the person
     * @throws BillingRuleException with the reason, when a rule or another person's change stands in the way
     */
    public String apply(long subscriptionId, int seenVersion, Action action, Integer quantity, LocalDate effectiveDate,
                        String username) {
        Subscription s = ledger.manualSubscription(subscriptionId, effectiveDate);
        if (s.version() != seenVersion) {
            throw new BillingRuleException("Someone changed subscription #" + s.id() + " since this page was opened:"
                    + " it now has " + s.quantity() + " licenses and is " + s.status().name().toLowerCase()
                    + ". Check its log below and repeat your change if it is still needed.");
        }
        return switch (action) {
            case QUANTITY -> {
                ledger.changeQuantity(s, quantity, effectiveDate, username);
                yield "Quantity changed to " + quantity + " from " + effectiveDate + ".";
            }
            case SUSPEND -> {
                ledger.suspend(s, effectiveDate, username);
                yield "Subscription suspended from " + effectiveDate + ".";
            }
            case REACTIVATE -> {
                ledger.reactivate(s, effectiveDate, username);
                yield "Subscription reactivated from " + effectiveDate + ".";
            }
            case DEACTIVATE -> {
                ledger.deactivate(s, effectiveDate, username);
                yield "Subscription deactivated from " + effectiveDate + ".";
            }
        };
    }
}
