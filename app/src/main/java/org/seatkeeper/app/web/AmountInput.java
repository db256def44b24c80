package org.seatkeeper.app.web;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads an amount as a person types it: a plain decimal with a point ("1250", "1250.5"). A comma is read only where it
 * can only group thousands ("1,250.00", "1,250,000"): "1,250" means 1250 in one locale and 1.25 in another, so it is
 * refused with a message saying how to type it, rather than guessed.
 */
public final class AmountInput {

    /** What was read: an amount (null when the field was left empty) or the problem to show by the field. */
    public record Parsed(BigDecimal amount, String problem) {
    }

    // the columns are DECIMAL(19, 4)
    public static final int MAX_DECIMALS = 4;
    static final int MAX_WHOLE_DIGITS = 15;

    private static final Pattern PLAIN = Pattern.compile("[0-9]+(\\.[0-9]+)?");
    private static final Pattern GROUPED = Pattern.compile("[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]+)?");
    private static final Pattern EXPONENT = Pattern.compile("[-+]?[0-9.,]*[eE][-+]?[0-9]*");

    private AmountInput() {
    }

    /** @param label how the message names the field, e.g. "unit price" */
    public static Parsed parse(String typed, String label) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return new Parsed(null, null);
        }
        if (text.startsWith("-")) {
            return problem("The " + label + " cannot be negative.");
        }
        if (EXPONENT.matcher(text).matches()) {
            return problem("Type the " + label + " as a plain amount without an exponent, e.g. 1250.50.");
        }
        String digits;
        if (PLAIN.matcher(text).matches()) {
            digits = text;
        } else if (GROUPED.matcher(text).matches() && (text.contains(".") || text.indexOf(',') != text.lastIndexOf(','))) {
            digits = text.replace(",", "");
        } else if (text.contains(",")) {
            return problem("Type the " + label + " with a point for decimals and no thousands separator, e.g. 1250 or "
                    + "1250.50 (\"" + text + "\" could be read either way).");
        } else {
            return problem("Enter the " + label + " as a number, e.g. 12.50.");
        }
        BigDecimal amount = new BigDecimal(digits);
        if (amount.precision() - amount.scale() > MAX_WHOLE_DIGITS) {
            return problem("The " + label + " is too large: at most " + MAX_WHOLE_DIGITS
                    + " digits before the decimal point.");
        }
        if (amount.stripTrailingZeros().scale() > MAX_DECIMALS) {
            return problem("Enter the " + label + " with at most " + MAX_DECIMALS + " decimals.");
        }
        // "12.500000" is 12.5: trailing zeros past the column's scale are dropped, not rounded
        return new Parsed(amount.scale() > MAX_DECIMALS ? amount.setScale(MAX_DECIMALS) : amount, null);
    }

    private static Parsed problem(String message) {
        return new Parsed(null, message);
    }
}
