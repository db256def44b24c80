package org.seatkeeper.app.subscriptions;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import org.seatkeeper.app.web.DateInput;
import org.seatkeeper.app.web.FormModel;

/** The two inputs both manual subscription forms share: a number of licenses and an effective date. */
final class ManualFields {

    /** Further ahead is a typo (2031 for 2021), not a plan: the quantity would change today for a date years away. */
    static final Period MAX_AHEAD = Period.ofYears(1);

    private ManualFields() {
    }

    /**
     * The whole number typed in {@code quantity}, or null with {@code missing} by {@code errorKey}. A number too long
     * for an int still reads as a (very large) number, so it is refused as too many rather than as not a number.
     */
    static Integer quantity(FormModel form, String errorKey, String missing) {
        String value = form.value("quantity");
        if (!value.matches("-?\\d{1,18}")) {
            form.error(errorKey, missing);
            return null;
        }
        long typed = Long.parseLong(value);
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, typed));
    }

    /** The date typed in {@code effectiveDate}, at most a year after {@code today}; or null with the reason. */
    static LocalDate effectiveDate(FormModel form, String errorKey, LocalDate today, String missing) {
        LocalDate date;
        try {
            date = DateInput.parse(form.value("effectiveDate"));
        } catch (DateTimeParseException e) {
            form.error(errorKey, missing);
            return null;
        }
        LocalDate latest = today.plus(MAX_AHEAD);
        if (date.isAfter(latest)) {
            form.error(errorKey, "The date cannot be more than a year ahead (" + latest + " at the latest).");
            return null;
        }
        return date;
    }
}
