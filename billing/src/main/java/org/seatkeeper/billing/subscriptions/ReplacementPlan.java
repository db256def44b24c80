package org.seatkeeper.billing.subscriptions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.seatkeeper.db.subscriptions.LicenseChange;

/**
 * Every change replacing manual subscription M with automatic subscription A will make, for the preview page
 * and the audit log (DOMAIN.md steps 1-5), and what A's log will add up to afterwards (step 6).
 *
 * @param eventsToMove          M's events except its create, moved to A with their dates and flags (step 1)
 * @param automaticCreateEventId A's create event: its quantity and date are rewritten, then it is archived (3, 4)
 * @param manualDeactivation    M's deactivation event (step 5), archived unless the user wants it invoiced
 * @param expectedLogSum        the sum of A's log afterwards; it should equal the provider's quantity
 * @param differentProducts     M and A are for different products: allowed (a customer may move to another plan),
 *                              but only applied once the person confirms it
 */
public record ReplacementPlan(long manualId, String manualName, long automaticId, String automaticName,
                              String customerName, List<LicenseChange> eventsToMove,
                              LocalDate automaticEffectiveDateBefore, LocalDate automaticEffectiveDateAfter,
                              long automaticCreateEventId, int createQuantityBefore, int createQuantityAfter,
                              LocalDate createDateBefore, LocalDate createDateAfter,
                              PlannedChange manualDeactivation, boolean deactivationArchived,
                              int expectedLogSum, int providerQuantity, boolean differentProducts) {

    public ReplacementPlan {
        eventsToMove = List.copyOf(eventsToMove);
    }

    /** Whether A's log will add up to the provider's quantity; when not, apply still works and shows a mismatch. */
    public boolean addsUp() {
        return expectedLogSum == providerQuantity;
    }

    /** What the preview says above the steps when the two are for different products; empty when they are not. */
    public String productWarning() {
        return differentProducts ? "#" + manualId + " (" + manualName + ") and #" + automaticId + " (" + automaticName
                + ") are for different products. Apply only if the provider's subscription really replaces this one."
                : "";
    }

    /** The preview, one line per change, in the order they are made. */
    public List<String> steps() {
        List<String> steps = new ArrayList<>();
        for (LicenseChange e : eventsToMove) {
            steps.add("Move " + e.type().name().toLowerCase() + " event #" + e.id() + " (" + signed(e.quantityChange())
                    + " on " + e.effectiveDate() + (e.archived() ? ", archived" : "")
                    + (e.invoiced() ? ", invoiced " + e.invoiceRef() : "") + ") from #" + manualId + " to #"
                    + automaticId);
        }
        steps.add("Set the effective date of #" + automaticId + " from " + automaticEffectiveDateBefore + " to "
                + automaticEffectiveDateAfter);
        steps.add("Change the create event of #" + automaticId + " from " + createQuantityBefore + " on "
                + createDateBefore + " to " + createQuantityAfter + " on " + createDateAfter);
        steps.add("Archive the create event of #" + automaticId + " so it is never invoiced");
        steps.add("Deactivate #" + manualId + " on " + manualDeactivation.effectiveDate() + " ("
                + signed(manualDeactivation.quantityChange()) + ")" + (deactivationArchived
                ? ", archiving the deactivation so it is not invoiced" : ", the deactivation will be invoiced"));
        steps.add(addsUp() ? "Afterwards the log of #" + automaticId + " adds up to " + expectedLogSum
                + ", the provider's quantity"
                : "Afterwards the log of #" + automaticId + " adds up to " + expectedLogSum + " but the provider says "
                + providerQuantity + ": it will show as a license mismatch to correct with an event");
        return steps;
    }

    private static String signed(int change) {
        return change > 0 ? "+" + change : String.valueOf(change);
    }
}
