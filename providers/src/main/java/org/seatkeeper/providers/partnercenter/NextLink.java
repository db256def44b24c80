package org.seatkeeper.providers.partnercenter;

import java.util.Map;

/** links.next of a Partner Center collection: replay the uri with every header (MS-ContinuationToken). */
public record NextLink(String uri, Map<String, String> headers) {

    public NextLink {
        headers = Map.copyOf(headers);
    }
}
