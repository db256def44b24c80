package org.seatkeeper.db.mismatch;

/** A choice in the report's filter: an id and its name. */
public record FilterOption(long id, String name) {
}
