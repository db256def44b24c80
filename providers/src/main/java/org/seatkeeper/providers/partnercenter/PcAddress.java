package org.seatkeeper.providers.partnercenter;

public record PcAddress(String firstName, String lastName, String addressLine1, String addressLine2, String city,
                        String state, String postalCode, String country, String phoneNumber) {
}
