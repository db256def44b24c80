package org.seatkeeper.app.subscriptions;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.seatkeeper.app.web.DateInput;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.billing.subscriptions.BillingRuleException;
import org.seatkeeper.billing.subscriptions.LogCorrections;
import org.seatkeeper.db.subscriptions.LicenseChangeType;

/**
 * The "correct the log" form of a subscription whose log does not add up; its fields are named {@code correction...}
 * so they never mix with the page's other forms. Null when a field is wrong; each message is by its field.
 */
final class CorrectionForm {

    static final String TYPE = "correctionType";
    static final String QUANTITY = "correctionQuantity";
    static final String DATE = "correctionDate";
    static final String REASON = "correctionReason";
    static final String GENERAL = "correction";

    private CorrectionForm() {
    }

    static LogCorrections.Correction parse(FormModel form) {
        LicenseChangeType type = null;
        try {
            type = LicenseChangeType.valueOf(form.value(TYPE).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            // refused below
        }
        if (type == null || !LogCorrections.TYPES.contains(type)) {
            form.error(TYPE, "Pick create, increase or decrease.");
        }
        Integer quantity = null;
        if (form.value(QUANTITY).matches("\\d{1,9}")) {
            quantity = Integer.parseInt(form.value(QUANTITY));
        } else {
            form.error(QUANTITY, "Enter the number of licenses the event adds or takes away, e.g. 2.");
        }
        LocalDate date = null;
        try {
            date = DateInput.parse(form.value(DATE));
        } catch (DateTimeParseException e) {
            form.error(DATE, "Enter the date the correction takes effect as YYYY-MM-DD.");
        }
        if (form.value(REASON).isEmpty()) {
            form.error(REASON, "Give the reason: it stays with the event and in the audit log.");
        }
        return form.hasErrors() ? null : new LogCorrections.Correction(type, quantity, date, form.value(REASON));
    }

    /** Where the rules' refusal is shown. */
    static String keyFor(BillingRuleException refusal) {
        return switch (refusal.subject()) {
            case QUANTITY -> QUANTITY;
            case EFFECTIVE_DATE -> DATE;
            case REASON -> REASON;
            default -> GENERAL;
        };
    }
}
