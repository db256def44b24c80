package org.seatkeeper.db.paging;

/** Which slice of a list a page shows. */
public record PageRequest(int offset, int limit) {

    public static final int MAX_LIMIT = 500;

    public PageRequest {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ": " + limit);
        }
    }

    public static PageRequest first(int limit) {
        return new PageRequest(0, limit);
    }

    /** Page {@code number} (1-based) of {@code size} rows. */
    public static PageRequest page(int number, int size) {
        return new PageRequest((Math.max(number, 1) - 1) * size, size);
    }
}
