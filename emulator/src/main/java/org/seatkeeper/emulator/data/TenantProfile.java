package org.seatkeeper.emulator.data;

/** Company, address and primary contact of a customer tenant. */
public record TenantProfile(String companyName, String domain, String country, String street, String city, String state,
                            String postalCode, String contactFirstName, String contactLastName, String email, String phone) implements java.io.Serializable {

    public TenantProfile {
        if (companyName == null || companyName.isBlank() || domain == null || domain.isBlank()) {
            throw new IllegalArgumentException("companyName and domain are required");
        }
        country = country == null || country.isBlank() ? "US" : country.toUpperCase(java.util.Locale.ROOT);
    }

    public String contactName() {
        return contactFirstName + " " + contactLastName;
    }

    public String currency() {
        return ProductCatalog.currencyFor(country);
    }

    public String culture() {
        return switch (country) {
            case "GB" -> "en-GB";
            case "DE" -> "de-DE";
            case "NL" -> "nl-NL";
            case "SE" -> "sv-SE";
            case "FR" -> "fr-FR";
            case "AU" -> "en-AU";
            case "CA" -> "en-CA";
            default -> "en-US";
        };
    }

    public String language() {
        return culture().substring(0, 2);
    }
}
