package org.seatkeeper.app.web;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one rule for a typed phone number and the one for a postal code, used by every form that takes them (customers,
 * contacts, onboarding, the new tenant's address, settings), so the same value is never taken on one page and refused
 * on another.
 *
 * <p>Both take plain ASCII only, which also keeps out what prints nothing but changes how text reads: direction
 * overrides (U+202A-U+202E, U+2066-U+2069) and zero-width characters, with which a number can show one thing and hold
 * another.
 */
public final class PhoneAndPostalCode {

    /** Digits, spaces, ( ) - . and one + in front: how people write numbers, e.g. +44 (0)20 7946 0958 or 425.555.0100. */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ().-]+");
    private static final int PHONE_MIN = 6;
    /** Within the phone columns' 50: the longest international number with its spacing fits. */
    private static final int PHONE_MAX = 31;
    /**
     * Latin letters, digits, spaces and hyphens, starting and ending with a letter or digit: every country's format
     * (12345-6789, SW1A 1AA, K1A 0B1, 1012 AB, D02 X285, 100-0001) and nothing else.
     */
    private static final Pattern POSTAL_CODE = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9 -]*[A-Za-z0-9])?");
    private static final int POSTAL_CODE_MAX = 16;

    private PhoneAndPostalCode() {
    }

    /** Adds a message to {@code field} when its phone number is not one; an empty field is left to the form to judge. */
    public static void checkPhone(FormModel form, String field) {
        phoneRefusal(form.value(field)).ifPresent(message -> form.error(field, message));
    }

    /** Adds a message to {@code field} when its postal code is not one; an empty field is left to the form to judge. */
    public static void checkPostalCode(FormModel form, String field) {
        postalCodeRefusal(form.value(field)).ifPresent(message -> form.error(field, message));
    }

    static Optional<String> phoneRefusal(String phone) {
        if (phone == null || phone.isEmpty()) {
            return Optional.empty();
        }
        if (phone.length() > PHONE_MAX) {
            return Optional.of("Use at most " + PHONE_MAX + " characters (this has " + phone.length() + ").");
        }
        if (!PHONE.matcher(phone).matches()) {
            return Optional.of("A phone number has digits, spaces and + ( ) - . only, e.g. +1 425 555 0100.");
        }
        if (phone.chars().filter(Character::isDigit).count() < PHONE_MIN) {
            return Optional.of("Enter the whole number, with its area code, e.g. +1 425 555 0100.");
        }
        return Optional.empty();
    }

    static Optional<String> postalCodeRefusal(String postalCode) {
        if (postalCode == null || postalCode.isEmpty()) {
            return Optional.empty();
        }
        if (postalCode.length() > POSTAL_CODE_MAX) {
            return Optional.of("Use at most " + POSTAL_CODE_MAX + " characters (this has " + postalCode.length() + ").");
        }
        if (!POSTAL_CODE.matcher(postalCode).matches()) {
            return Optional.of("A postal code has letters, digits, spaces and - only, e.g. 98052, SW1A 1AA or 1012 AB.");
        }
        return Optional.empty();
    }
}
