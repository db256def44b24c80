package org.seatkeeper.db.customers;

import org.seatkeeper.db.paging.SortDirection;

/**
 * The customer list's filter and order.
 *
 * @param text matched against name and domain (case-insensitive, contains); null or blank for all
 */
public record CustomerQuery(String text, boolean includeArchived, CustomerSort sort, SortDirection direction) {

    public enum CustomerSort { NAME, DOMAIN, CREATED }

    public CustomerQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        sort = sort == null ? CustomerSort.NAME : sort;
        direction = direction == null ? SortDirection.ASC : direction;
    }

    public static CustomerQuery all() {
        return new CustomerQuery(null, false, CustomerSort.NAME, SortDirection.ASC);
    }

    public static CustomerQuery matching(String text) {
        return new CustomerQuery(text, false, CustomerSort.NAME, SortDirection.ASC);
    }
}
