package org.seatkeeper.app.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A date typed in a form or a URL. {@link LocalDate} takes years from -999999999 to +999999999, but the database and
 * jOOQ's binding do not (year 0 answered a 500), so a year outside {@value #FIRST_YEAR}..{@value #LAST_YEAR} is refused
 * like any other badly written date.
 */
public final class DateInput {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 9999;

    private DateInput() {
    }

    /** @throws DateTimeParseException when the text is not a YYYY-MM-DD date with a year in the accepted range */
    public static LocalDate parse(String text) {
        LocalDate date = LocalDate.parse(text);
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw new DateTimeParseException("Year outside " + FIRST_YEAR + ".." + LAST_YEAR, text, 0);
        }
        return date;
    }
}
