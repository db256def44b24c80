package org.seatkeeper.emulator;

/**
 * How a provider's answers write their instants, so clients can be tested against every shape the providers
 * document. Each style writes the same instant (date-only fields stay bare dates).
 */
public enum DateStyle {
    /**
     * What each provider usually sends: Partner Center and Ion {@code 2026-11-03T10:02:00.491Z} (no fraction when it is
     * zero), Pax8 {@code 2026-11-03T10:02:00Z} for start and end and, as its specification writes them, created and
     * updated stamps with an offset without a colon ({@code 2026-11-03T04:02:00.491-0600}).
     */
    USUAL,
    /** {@code 2026-11-03T10:02:00.491Z} */
    UTC_MILLIS,
    /** {@code 2026-11-03T10:02:00Z} */
    UTC_SECONDS,
    /** {@code 2026-11-03T10:02Z} */
    UTC_MINUTES,
    /** {@code 2026-11-03T10:02:00.49Z} (.NET trims trailing zeros) */
    UTC_TWO_DIGITS,
    /** {@code 2026-11-03T10:02:00.4910000Z} (.NET ticks) */
    UTC_SEVEN_DIGITS,
    /** {@code 2026-11-03T10:02:00.491000000Z} */
    UTC_NINE_DIGITS,
    /** {@code 2026-11-03T04:02:00.491-0600} (Pax8's specification) */
    OFFSET_NO_COLON,
    /** {@code 2026-11-03T12:02:00.491+02:00} */
    OFFSET_COLON,
    /** {@code 2026-11-03} (the UTC date) */
    DATE_ONLY;

    public static DateStyle parse(String text) {
        return valueOf(text.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }
}
