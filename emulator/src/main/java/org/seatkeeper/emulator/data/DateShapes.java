package org.seatkeeper.emulator.data;

import org.seatkeeper.emulator.DateStyle;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Writes instants in a {@link DateStyle}; USUAL is {@link Instant#toString()}, which the sync benchmark's answers use. */
public final class DateShapes {

    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TWO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SS'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SEVEN = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSS'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter NINE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter NO_COLON = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSxx")
            .withZone(ZoneOffset.ofHours(-6));
    private static final DateTimeFormatter COLON = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSxxx")
            .withZone(ZoneOffset.ofHours(2));

    private DateShapes() {
    }

    public static String instant(Instant when, DateStyle style) {
        return switch (style) {
            case USUAL -> when.toString();
            case UTC_MILLIS -> MILLIS.format(when);
            case UTC_SECONDS -> SECONDS.format(when);
            case UTC_MINUTES -> MINUTES.format(when);
            case UTC_TWO_DIGITS -> TWO.format(when);
            case UTC_SEVEN_DIGITS -> SEVEN.format(when);
            case UTC_NINE_DIGITS -> NINE.format(when);
            case OFFSET_NO_COLON -> NO_COLON.format(when);
            case OFFSET_COLON -> COLON.format(when);
            case DATE_ONLY -> LocalDate.ofInstant(when, ZoneOffset.UTC).toString();
        };
    }

    /** Pax8's created and updated stamps: in USUAL style with an offset without a colon, as its specification shows. */
    public static String pax8Stamp(Instant when, DateStyle style) {
        return instant(when, style == DateStyle.USUAL ? DateStyle.OFFSET_NO_COLON : style);
    }

    /** Start and end instants that Pax8 usually writes in whole seconds. */
    public static String pax8Instant(Instant when, DateStyle style) {
        return instant(when, style == DateStyle.USUAL ? DateStyle.UTC_SECONDS : style);
    }
}
