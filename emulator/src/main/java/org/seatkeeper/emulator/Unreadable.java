package org.seatkeeper.emulator;

/** A way to make one subscription record unreadable in its provider's answer, the rest of the record unchanged. */
public enum Unreadable {
    /** The start date is an impossible date ({@code 2026-02-31T10:00:00Z}). */
    DATE,
    /** The status is a spelling no provider uses ({@code Frozen}). */
    STATUS,
    /** The product name is 1,000 characters long (longer than any column that keeps it). */
    NAME,
    /** The quantity is not a number ({@code "three"}). */
    QUANTITY;

    public static Unreadable parse(String text) {
        return valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
