package org.seatkeeper.app.customers;

import org.seatkeeper.app.web.FormModel;

/** The column widths of the customer and contact tables, checked on the form so a long value gets a message, not a 500. */
final class FieldLimits {

    private FieldLimits() {
    }

    /** Adds a message to {@code field} when it is longer than {@code max} and has no message yet. */
    static void atMost(FormModel form, String field, int max) {
        int length = form.value(field).length();
        if (length > max && !form.getErrors().containsKey(field)) {
            form.error(field, "Use at most " + max + " characters (this has " + length + ").");
        }
    }
}
