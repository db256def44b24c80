package org.seatkeeper.providers.connector;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Provider dates come as plain dates, instants or offset date-times; all become the calendar date (UTC). */
final class LenientDates {

    private LenientDates() {
    }

    /** Null for null or blank; {@link DateTimeParseException} for anything unreadable. */
    static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.trim();
        LocalDate utc = utcDate(value);
        if (utc != null) {
            return utc;
        }
        if (value.length() == 10) {
            return LocalDate.parse(value);
        }
        try {
            return OffsetDateTime.parse(value).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        } catch (DateTimeParseException noOffset) {
            return LocalDateTime.parse(value).toLocalDate();
        }
    }

    /**
     * The date of {@code 2026-01-31} or of a UTC instant {@code 2026-01-31T10:15:30[.fraction]Z}, read by hand; null
     * for any other shape or an impossible value, which java.time then reads (or refuses) as before.
     *
     * <p>Why by hand: a subscription sync reads three such dates per subscription, 600,000 for 200,000 subscriptions,
     * and java.time's general parser builds and resolves a field map for each of them.
     */
    private static LocalDate utcDate(String value) {
        int length = value.length();
        if (length < 10 || !digits(value, 0, 4) || value.charAt(4) != '-' || !digits(value, 5, 7)
                || value.charAt(7) != '-' || !digits(value, 8, 10)) {
            return null;
        }
        if (length > 10 && !utcTime(value)) {
            return null;
        }
        try {
            return LocalDate.of(number(value, 0, 4), number(value, 5, 7), number(value, 8, 10));
        } catch (DateTimeException impossible) {
            return null;
        }
    }

    /** {@code THH:mm:ss[.fraction]Z} after the date, with an hour, minute and second that exist. */
    private static boolean utcTime(String value) {
        int length = value.length();
        if (length < 20 || value.charAt(10) != 'T' || !digits(value, 11, 13) || value.charAt(13) != ':'
                || !digits(value, 14, 16) || value.charAt(16) != ':' || !digits(value, 17, 19)
                || value.charAt(length - 1) != 'Z') {
            return false;
        }
        if (number(value, 11, 13) > 23 || number(value, 14, 16) > 59 || number(value, 17, 19) > 59) {
            return false;
        }
        if (length == 20) {
            return true;
        }
        int fraction = length - 1 - 20; // digits between the '.' and the 'Z'
        return value.charAt(19) == '.' && fraction >= 1 && fraction <= 9 && digits(value, 20, length - 1);
    }

    private static boolean digits(String value, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String value, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (value.charAt(i) - '0');
        }
        return n;
    }
}
