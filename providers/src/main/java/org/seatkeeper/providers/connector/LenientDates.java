package org.seatkeeper.providers.connector;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Provider dates come as plain dates, instants or offset date-times; all become the calendar date in UTC (a local
 * date-time without offset keeps its own date). Every shape the three providers document is read:
 * <ul>
 *   <li>{@code 2026-06-30} (Pax8 billingStart, commitment end dates)</li>
 *   <li>{@code 2026-06-30T10:02Z}, {@code 2026-06-30T10:02:00Z}, with a fraction of 1 to 9 digits
 *       ({@code .5}, {@code .49}, {@code .491}, {@code .4910000} ...: Ion's sample, Partner Center's .NET stamps)</li>
 *   <li>offsets with or without a colon, or hours only: {@code +02:00}, {@code -0600} (Pax8's own specification
 *       writes {@code 2026-09-14T10:02:00.000-0600}), {@code +02}</li>
 *   <li>a space instead of the {@code T}, and a lower-case {@code t}/{@code z}</li>
 * </ul>
 *
 * <p>Read by hand, not by java.time's general parser: a subscription sync reads three such dates per subscription,
 * 600,000 for 200,000 subscriptions, and the general parser builds and resolves a field map for each of them.
 */
final class LenientDates {

    private static final int SECONDS_PER_DAY = 86_400;

    private LenientDates() {
    }

    /** Null for null or blank; {@link DateTimeParseException} (naming the text) for anything unreadable. */
    static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        LocalDate date = read(value);
        if (date == null) {
            throw new DateTimeParseException("not a date the providers send", value, 0);
        }
        return date;
    }

    /** The UTC date of {@code value}, or null when it is not one of the shapes above or names a day that does not exist. */
    private static LocalDate read(String value) {
        int length = value.length();
        if (length < 10 || !digits(value, 0, 4) || value.charAt(4) != '-' || !digits(value, 5, 7)
                || value.charAt(7) != '-' || !digits(value, 8, 10)) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.of(number(value, 0, 4), number(value, 5, 7), number(value, 8, 10));
        } catch (DateTimeException impossible) {
            return null;
        }
        if (length == 10) {
            return date;
        }
        char separator = value.charAt(10);
        if (separator != 'T' && separator != 't' && separator != ' ') {
            return null;
        }
        int seconds = timeOfDay(value);
        if (seconds < 0) {
            return null;
        }
        int zone = zoneStart(value);
        if (zone == length) {
            return date; // a local date-time: its own date
        }
        int offset = offsetSeconds(value, zone);
        if (offset == Integer.MIN_VALUE) {
            return null;
        }
        int utc = seconds - offset;
        return utc < 0 ? date.minusDays(1) : utc >= SECONDS_PER_DAY ? date.plusDays(1) : date;
    }

    /** Seconds since midnight of {@code HH:mm[:ss[.fraction]]} after the date, or -1. */
    private static int timeOfDay(String value) {
        int length = value.length();
        if (length < 16 || !digits(value, 11, 13) || value.charAt(13) != ':' || !digits(value, 14, 16)) {
            return -1;
        }
        int hour = number(value, 11, 13);
        int minute = number(value, 14, 16);
        int second = 0;
        int i = 16;
        if (i < length && value.charAt(i) == ':') {
            if (length < 19 || !digits(value, 17, 19)) {
                return -1;
            }
            second = number(value, 17, 19);
            i = 19;
            if (i < length && value.charAt(i) == '.') {
                int from = ++i;
                while (i < length && isDigit(value.charAt(i))) {
                    i++;
                }
                if (i - from < 1 || i - from > 9) {
                    return -1;
                }
            }
        }
        if (hour > 23 || minute > 59 || second > 59 || i != zoneStart(value)) {
            return -1;
        }
        return hour * 3600 + minute * 60 + second;
    }

    /** Where the zone starts: the first Z, + or - after the time, or the end. */
    private static int zoneStart(String value) {
        for (int i = 16; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == 'Z' || c == 'z' || c == '+' || c == '-') {
                return i;
            }
        }
        return value.length();
    }

    /** {@code Z}, {@code +hh:mm}, {@code +hhmm} or {@code +hh} as seconds east of UTC; MIN_VALUE when none of them. */
    private static int offsetSeconds(String value, int zone) {
        int length = value.length();
        char sign = value.charAt(zone);
        if (sign == 'Z' || sign == 'z') {
            return zone + 1 == length ? 0 : Integer.MIN_VALUE;
        }
        int hoursEnd = zone + 3;
        if (length < hoursEnd || !digits(value, zone + 1, hoursEnd)) {
            return Integer.MIN_VALUE;
        }
        int minutes = 0;
        if (length == hoursEnd + 3 && value.charAt(hoursEnd) == ':' && digits(value, hoursEnd + 1, length)) {
            minutes = number(value, hoursEnd + 1, length);
        } else if (length == hoursEnd + 2 && digits(value, hoursEnd, length)) {
            minutes = number(value, hoursEnd, length);
        } else if (length != hoursEnd) {
            return Integer.MIN_VALUE;
        }
        int hours = number(value, zone + 1, hoursEnd);
        if (hours > 18 || minutes > 59) {
            return Integer.MIN_VALUE;
        }
        int seconds = hours * 3600 + minutes * 60;
        return sign == '-' ? -seconds : seconds;
    }

    private static boolean digits(String value, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isDigit(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int number(String value, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (value.charAt(i) - '0');
        }
        return n;
    }
}
