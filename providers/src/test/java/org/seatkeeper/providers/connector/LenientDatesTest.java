package org.seatkeeper.providers.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LenientDatesTest {

    @ParameterizedTest
    @CsvSource({
            "2026-01-31, 2026-01-31",
            "2026-01-31T10:15:30Z, 2026-01-31",
            "2026-01-31T23:59:59.9999999Z, 2026-01-31",
            "2024-02-29T00:00:00.1Z, 2024-02-29",
            // not UTC: the calendar date in UTC, which may be the day before or after
            "2026-01-31T23:30:00-05:00, 2026-02-01",
            "2026-02-01T01:00:00+02:00, 2026-01-31",
            // no offset at all: the date as written
            "2026-01-31T10:15:30, 2026-01-31",
            "'  2026-01-31T10:15:30Z  ', 2026-01-31",
            // Pax8's specification: an offset without a colon
            "2026-09-14T10:02:00.000-0600, 2026-09-14",
            "2026-09-14T20:02:00.000-0600, 2026-09-15",
            "2020-12-10T03:12:14.453-0300, 2020-12-10",
            "2026-01-31T00:30:00.5+0530, 2026-01-30",
            // an offset of hours only
            "2026-01-31T00:30:00+02, 2026-01-30",
            // fractions of 1 to 9 digits, or none, or no seconds at all
            "2026-01-31T10:15:30.49Z, 2026-01-31",
            "2026-01-31T10:15:30.491Z, 2026-01-31",
            "2026-01-31T10:15:30.4910000Z, 2026-01-31",
            "2026-01-31T10:15:30.123456789Z, 2026-01-31",
            "2026-01-31T10:15Z, 2026-01-31",
            "2026-01-31T23:15-01:00, 2026-02-01",
            // a space for the T, lower case letters
            "2026-01-31 10:15:30Z, 2026-01-31",
            "2026-01-31t10:15:30z, 2026-01-31",
            "2026-01-31T10:15:30.491, 2026-01-31"
    })
    void readsEveryShapeAProviderSendsAsTheUtcCalendarDate(String text, LocalDate expected) {
        assertEquals(expected, LenientDates.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30", "2026-13-01", "2023-02-29T10:00:00Z", "2026-01-31T24:00:00Z",
            "2026-01-31T10:60:00Z", "2026-01-31T10:15:30.1234567890Z", "2026-01-31X10:15:30Z",
            "2026-1-31", "next tuesday", "2026-01-31T10:15Z!", "2026-01-31T10:15:30+2", "2026-01-31T10:15:30+02:0",
            "2026-01-31T10:15:30+1900", "2026-01-31T10:15:30.Z", "2026-01-31T10Z", "2026-01-31T10:15:30ZZ",
            "2026-01-31T10:15:30-", "2026-01-31T10:15:3Z", "2026-01-31T10:15:30.12a4Z"})
    void refusesWhatIsNotADate(String text) {
        assertThrows(DateTimeParseException.class, () -> LenientDates.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void blankIsNoDate(String text) {
        assertNull(LenientDates.parse(text));
        assertNull(LenientDates.parse(null));
    }
}
