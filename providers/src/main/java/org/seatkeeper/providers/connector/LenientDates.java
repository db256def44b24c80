package org.seatkeeper.providers.connector;

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
        if (value.length() == 10) {
            return LocalDate.parse(value);
        }
        try {
            return OffsetDateTime.parse(value).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        } catch (DateTimeParseException noOffset) {
            return LocalDateTime.parse(value).toLocalDate();
        }
    }
}
