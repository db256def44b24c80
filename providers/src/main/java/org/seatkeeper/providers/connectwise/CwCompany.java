package org.seatkeeper.providers.connectwise;

public record CwCompany(Long id, String identifier, String name, CwReference status, String addressLine1,
                        String city, String state, String zip, CwReference country) {
}
