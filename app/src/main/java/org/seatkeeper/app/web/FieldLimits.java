package org.seatkeeper.app.web;

import org.jooq.Field;

/**
 * A field's length checked against the width of the column that stores it, so a long value gets a message by the
 * field instead of the database refusing the write (a 500 that loses what was typed). Callers name the column (its
 * generated jOOQ field), so the width follows the Flyway migrations.
 */
public final class FieldLimits {

    private FieldLimits() {
    }

    /** Adds a message to {@code field} when it is longer than {@code column} is wide and has no message yet. */
    public static void atMost(FormModel form, String field, Field<String> column) {
        atMost(form, field, width(column));
    }

    /** {@link #listAtMost(FormModel, String, String, int)} for the list's column. */
    public static void listAtMost(FormModel form, String field, String stored, Field<String> column) {
        listAtMost(form, field, stored, width(column));
    }

    /** How many characters the column holds. */
    public static int width(Field<String> column) {
        return column.getDataType().length();
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
