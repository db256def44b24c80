package org.seatkeeper.app.web;

/**
 * A field's length checked against the width of the column that stores it, so a long value gets a message by the
 * field instead of the database refusing the write (a 500 that loses what was typed). Callers pass the width from the
 * Flyway migrations.
 */
public final class FieldLimits {

    private FieldLimits() {
    }

    /** Adds a message to {@code field} when it is longer than {@code max} and has no message yet. */
    public static void atMost(FormModel form, String field, int max) {
        int length = form.value(field).length();
        if (length > max && !form.getErrors().containsKey(field)) {
            form.error(field, "Use at most " + max + " characters (this has " + length + ").");
        }
    }

    /**
     * For a list kept in one column ({@code stored} is the list as it will be saved): when it is longer than
     * {@code max}, says the list is too long rather than counting characters the user did not type one by one.
     */
    public static void listAtMost(FormModel form, String field, String stored, int max) {
        int length = stored == null ? 0 : stored.length();
        if (length > max && !form.getErrors().containsKey(field)) {
            form.error(field, "The list is too long: it holds at most " + max + " characters (this has " + length
                    + "). Remove some addresses, or use a distribution list.");
        }
    }
}
