package org.seatkeeper.providers.connectwise;

/** A company (§6.3); {@code website} often carries the customer's domain. */
public record CwCompany(Long id, String identifier, String name, CwReference status, String addressLine1,
                        String city, String state, String zip, CwReference country, String website) {
}
