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
            "'  2026-01-31T10:15:30Z  ', 2026-01-31"
    })
    void readsEveryShapeAProviderSendsAsTheUtcCalendarDate(String text, LocalDate expected) {
        assertEquals(expected, LenientDates.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30", "2026-13-01", "2023-02-29T10:00:00Z", "2026-01-31T24:00:00Z",
            "2026-01-31T10:60:00Z", "2026-01-31T10:15:30.1234567890Z", "2026-01-31X10:15:30Z",
            "2026-1-31", "next tuesday", "2026-01-31T10:15Z!"})
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
