package org.seatkeeper.app.users;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What makes a new password acceptable (NIST SP 800-63B): long enough, not blank or one repeated character, and not a
 * password attackers try first. Returns the message to show by the field when it is not. No rules about which kinds
 * of characters to mix: they make passwords harder to remember, not to guess. Every form that sets a password asks it.
 */
final class PasswordPolicy {

    /** SP 800-63B-4: at least 15 characters where the password alone signs a person in, as here. */
    static final int MINIMUM_LENGTH = 15;
    static final int MAXIMUM_LENGTH = 64;
    /** BCrypt reads no further than 72 bytes: past them it would ignore what was typed (and Spring refuses it). */
    static final int MAXIMUM_BYTES = 72;
    static final int MINIMUM_DIFFERENT_CHARACTERS = 5;
    private static final String SERVICE_NAME = "seatkeeper";

    private PasswordPolicy() {
    }

    /**
     * @param context the user name and display name of the person it is for: a password made of them is refused
     */
    static Optional<String> problemWith(String password, String... context) {
        if (password == null || password.isEmpty()) {
            return Optional.of("Enter a password.");
        }
        String normalised = Normalizer.normalize(password, Normalizer.Form.NFKC);
        int length = normalised.codePointCount(0, normalised.length());
        String visible = normalised.codePoints().filter(c -> !isBlank(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        if (visible.isEmpty()) {
            return Optional.of("A password of spaces only is guessed at once: use words, digits or symbols.");
        }
        if (length > MAXIMUM_LENGTH) {
            return Optional.of("Use at most " + MAXIMUM_LENGTH + " characters (this has " + length + ").");
        }
        // before the length: "password1234" is better answered by what it is than by how long it is
        String lower = normalised.toLowerCase(Locale.ROOT);
        if (guessable(lower, context)) {
            return Optional.of("This password is one attackers try first: it is a common password, or your name or "
                    + "Seatkeeper's, perhaps with digits or symbols added. Choose another; a few words that do not "
                    + "belong together make a good one.");
        }
        if (length < MINIMUM_LENGTH) {
            return Optional.of("Use at least " + MINIMUM_LENGTH + " characters (this has " + length
                    + "). A few words that do not belong together make a good password.");
        }
        if (normalised.getBytes(StandardCharsets.UTF_8).length > MAXIMUM_BYTES) {
            return Optional.of("This password is too long to keep: accented letters and symbols count as two to four "
                    + "characters here, so use at most " + MAXIMUM_BYTES + " of those counted that way.");
        }
        if (visible.toLowerCase(Locale.ROOT).codePoints().distinct().count() < MINIMUM_DIFFERENT_CHARACTERS) {
            return Optional.of("Use at least " + MINIMUM_DIFFERENT_CHARACTERS
                    + " different characters: a password that repeats a few is guessed at once.");
        }
        return Optional.empty();
    }

    /**
     * On the list of passwords most seen in breaches, or a name of the person or of this service: as typed, without
     * its spaces, without the digits and symbols around it ("password1234", "Seatkeeper2025!"), or repeated.
     */
    private static boolean guessable(String lower, String... context) {
        String compact = lower.codePoints().filter(c -> !isBlank(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        String core = compact.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
        return isSequence(compact) || Stream.of(lower, compact, core, repeatedUnit(compact), repeatedUnit(core))
                .filter(candidate -> !candidate.isEmpty()).distinct()
                .anyMatch(candidate -> CommonPasswords.contains(candidate) || isContextWord(candidate, context));
    }

    /** "123456789012345", "abcdefghijklmnop", "zyxwvutsrqponml": each character the next (or previous) of the last. */
    private static boolean isSequence(String text) {
        int[] c = text.codePoints().toArray();
        int step = c.length < 2 ? 0 : next(c[0], c[1]);
        for (int i = 1; i < c.length && step != 0; i++) {
            if (next(c[i - 1], c[i]) != step) {
                return false;
            }
        }
        return step != 0;
    }

    /** +1 when b follows a (9 is followed by 0), -1 when it comes before it, else 0. */
    private static int next(int a, int b) {
        if (b == a + 1 || (a == '9' && b == '0')) {
            return 1;
        }
        if (b == a - 1 || (a == '0' && b == '9')) {
            return -1;
        }
        return 0;
    }

    private static boolean isContextWord(String candidate, String... context) {
        if (candidate.equals(SERVICE_NAME)) {
            return true;
        }
        for (String word : context) {
            String plain = word == null ? "" : word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
            if (!plain.isEmpty() && candidate.replaceAll("[^\\p{L}\\p{N}]", "").equals(plain)) {
                return true;
            }
        }
        return false;
    }

    /** "abcabcabc" is "abc" three times: the unit is what an attacker has to guess. */
    private static String repeatedUnit(String text) {
        for (int unit = 1; unit <= text.length() / 2; unit++) {
            if (text.length() % unit == 0 && text.substring(0, unit).repeat(text.length() / unit).equals(text)) {
                return text.substring(0, unit);
            }
        }
        return text;
    }

    /** Spaces and the characters that print nothing (zero-width, direction marks). */
    private static boolean isBlank(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT;
    }
}
