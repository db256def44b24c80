package org.seatkeeper.app.subscriptions;

import java.time.LocalDate;
import java.util.Locale;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.billing.subscriptions.BillingRuleException;
import org.seatkeeper.billing.subscriptions.ManualChanges;
import org.seatkeeper.billing.subscriptions.QuantityRules;

/**
 * Parses a change sent from the subscription page; null when something is wrong, each message by its key. The quantity
 * form shows messages by its two fields; the one-click buttons (suspend, reactivate, deactivate) have no visible field,
 * so theirs go to {@link #GENERAL}, shown above the buttons.
 */
final class ManualChangeForm {

    static final String GENERAL = "change";

    private ManualChangeForm() {
    }

    record Parsed(ManualChanges.Action action, Integer quantity, LocalDate effectiveDate) {
    }

    static Parsed parse(FormModel form, LocalDate today) {
        ManualChanges.Action action = action(form.value("action"));
        if (action == null) {
            form.error(GENERAL, "Pick what to change.");
            return null;
        }
        Integer quantity = null;
        if (action == ManualChanges.Action.QUANTITY) {
            quantity = ManualFields.quantity(form, "quantity", "Enter the new number of licenses.");
            if (quantity != null) {
                QuantityRules.refusalForChange(quantity).ifPresent(reason -> form.error("quantity", reason));
            }
        }
        LocalDate date = ManualFields.effectiveDate(form, dateKey(action), today,
                "Enter the date the change takes effect as YYYY-MM-DD.");
        return form.hasErrors() ? null : new Parsed(action, quantity, date);
    }

    /** Where the ledger's refusal of this change is shown. */
    static String keyFor(ManualChanges.Action action, BillingRuleException refusal) {
        if (action != ManualChanges.Action.QUANTITY) {
            return GENERAL;
        }
        return switch (refusal.subject()) {
            case QUANTITY -> "quantity";
            case EFFECTIVE_DATE -> "effectiveDate";
            default -> GENERAL;
        };
    }

    private static String dateKey(ManualChanges.Action action) {
        return action == ManualChanges.Action.QUANTITY ? "effectiveDate" : GENERAL;
    }

    private static ManualChanges.Action action(String value) {
        try {
            return ManualChanges.Action.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
