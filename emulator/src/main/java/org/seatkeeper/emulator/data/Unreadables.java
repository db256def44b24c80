package org.seatkeeper.emulator.data;

/** The values an {@link Unreadable} record carries in its provider's answer. */
public final class Unreadables {

    /** February has no 31st: no date parser may read it. */
    public static final String DATE = "2026-02-31T10:00:00Z";
    public static final String STATUS = "Frozen";
    public static final String QUANTITY = "three";

    private Unreadables() {
    }

    /** The name repeated to 1,000 characters. */
    public static String longName(String name) {
        StringBuilder text = new StringBuilder(1000);
        while (text.length() < 1000) {
            text.append(name).append(' ');
        }
        return text.substring(0, 1000);
    }
}
