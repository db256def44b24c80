package org.seatkeeper.providers.pax8;

/** A Pax8 company (§5). */
public record Pax8Company(String id, String name, Address address, String phone, String website, String externalId,
                          String status, String updatedDate) {

    public record Address(String street, String street2, String city, String stateOrProvince, String postalCode,
                          String country) {
    }
}
