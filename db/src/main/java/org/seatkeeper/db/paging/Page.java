package org.seatkeeper.db.paging;

import java.util.List;

/** One page of rows and the total number of rows matching the same filter. */
public record Page<T>(List<T> items, int total, PageRequest request) {

    public Page {
        items = List.copyOf(items);
    }

    public boolean hasNext() {
        return request.offset() + items.size() < total;
    }

    public boolean hasPrevious() {
        return request.offset() > 0;
    }
}
