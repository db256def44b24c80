package org.seatkeeper.providers.pax8;

import java.util.List;
import org.seatkeeper.providers.http.Parsed;

/** One page: {content:[...], page:{size,totalElements,totalPages,number}}; number is 0-based. */
public record Pax8Page<T>(List<Parsed<T>> content, int number, int totalPages, long totalElements) {

    public boolean isLast() {
        return number + 1 >= totalPages || content.isEmpty();
    }
}
