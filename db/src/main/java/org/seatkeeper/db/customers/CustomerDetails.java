package org.seatkeeper.db.customers;

import java.util.Locale;

/** What a user types for a customer. Blank optional fields become null. */
public record CustomerDetails(String name, String domain, String addressLine1, String addressLine2, String city,
                              String state, String postalCode, String country, String phone) {

    public CustomerDetails {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A customer needs a name");
        }
        name = name.strip();
        domain = blankToNull(domain);
        if (domain != null) {
            domain = domain.toLowerCase(Locale.ROOT);
        }
        addressLine1 = blankToNull(addressLine1);
        addressLine2 = blankToNull(addressLine2);
        city = blankToNull(city);
        state = blankToNull(state);
        postalCode = blankToNull(postalCode);
        country = blankToNull(country);
        if (country != null) {
            if (!country.matches("[A-Za-z]{2}")) {
                throw new IllegalArgumentException("The country is a two-letter ISO code, e.g. US: " + country);
            }
            country = country.toUpperCase(Locale.ROOT);
        }
        phone = blankToNull(phone);
    }

    public static CustomerDetails named(String name, String domain) {
        return new CustomerDetails(name, domain, null, null, null, null, null, null, null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
