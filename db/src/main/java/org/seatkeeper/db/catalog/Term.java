package org.seatkeeper.db.catalog;

/** A product's commitment term, as ISO-8601 periods; NONE for products sold without one (e.g. a distributor SKU). */
public enum Term {
    P1M, P1Y, P3Y, NONE;

    /** Reads a provider's spelling (null or blank means NONE); unknown terms are refused, not guessed. */
    public static Term parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        return valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
