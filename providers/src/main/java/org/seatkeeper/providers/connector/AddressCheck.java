package org.seatkeeper.providers.connector;

import java.util.List;

/** @param status the provider's verdict, e.g. Verified, StreetPartial, None @param message nullable */
public record AddressCheck(String status, boolean valid, List<PostalAddress> suggestions, String message) {

    public AddressCheck {
        suggestions = List.copyOf(suggestions);
    }
}
