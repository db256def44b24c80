package org.seatkeeper.providers.connector;

/** @param country ISO 3166-1 alpha-2 */
public record PostalAddress(String line1, String line2, String city, String state, String postalCode, String country) {
}
