package org.seatkeeper.providers.connectwise;

import java.util.List;
import org.seatkeeper.providers.http.Parsed;

/** One page of a ConnectWise list; {@code more} when its Link header names a next page. */
public record CwPage<T>(List<Parsed<T>> items, boolean more) {

    public CwPage {
        items = List.copyOf(items);
    }
}
