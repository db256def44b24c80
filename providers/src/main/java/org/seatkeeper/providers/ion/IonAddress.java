package org.seatkeeper.providers.ion;

/** customerAddress: state is a short code, country ISO-2. */
public record IonAddress(String street, String suite, String city, String state, String zip, String country) {
}
