package org.seatkeeper.emulator.partnercenter;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Market rules served by {@code GET /v1/countryvalidationrules/{iso2}}. */
record CountryRules(String iso2, String culture, List<String> languages, List<String> states, String postalCodeRegex,
                    String vatIdRegex, String phoneRegex, String callingCode, boolean registrationNumber, String region,
                    String agreementRegion) {

    private static final List<String> US_STATES = List.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA",
            "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH",
            "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV",
            "WI", "WY");
    private static final List<String> CA_PROVINCES = List.of("AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE",
            "QC", "SK", "YT");
    private static final List<String> AU_STATES = List.of("ACT", "NSW", "NT", "QLD", "SA", "TAS", "VIC", "WA");
    private static final String EU_VAT = "^[A-Z]{2}[0-9A-Z]{8,12}$";

    private static final Map<String, CountryRules> RULES = Map.ofEntries(
            rule(new CountryRules("US", "en-US", List.of("en"), US_STATES, "^\\d{5}(-\\d{4})?$", "", "^\\+?1?[0-9 ()-]{10,14}$", "+1", false, "North America", "US")),
            rule(new CountryRules("CA", "en-CA", List.of("en", "fr"), CA_PROVINCES, "^[A-Z]\\d[A-Z] \\d[A-Z]\\d$", "", "^\\+?1?[0-9 ()-]{10,14}$", "+1", false, "North America", "CA")),
            rule(new CountryRules("GB", "en-GB", List.of("en"), List.of(), "^[A-Z]{1,2}\\d[A-Z\\d]? \\d[A-Z]{2}$", "^GB\\d{9}$", "^\\+?44?[0-9 ]{9,13}$", "+44", false, "Europe", "EMEA")),
            rule(new CountryRules("DE", "de-DE", List.of("de", "en"), List.of(), "^\\d{5}$", "^DE\\d{9}$", "^\\+?49?[0-9 ]{6,14}$", "+49", false, "Europe", "EMEA")),
            rule(new CountryRules("FR", "fr-FR", List.of("fr", "en"), List.of(), "^\\d{5}$", "^FR[0-9A-Z]{2}\\d{9}$", "^\\+?33?[0-9 ]{9,13}$", "+33", false, "Europe", "EMEA")),
            rule(new CountryRules("NL", "nl-NL", List.of("nl", "en"), List.of(), "^\\d{4} [A-Z]{2}$", "^NL\\d{9}B\\d{2}$", "^\\+?31?[0-9 ]{9,13}$", "+31", false, "Europe", "EMEA")),
            rule(new CountryRules("SE", "sv-SE", List.of("sv", "en"), List.of(), "^\\d{3} \\d{2}$", "^SE\\d{12}$", "^\\+?46?[0-9 ]{7,13}$", "+46", false, "Europe", "EMEA")),
            rule(new CountryRules("AU", "en-AU", List.of("en"), AU_STATES, "^\\d{4}$", "", "^\\+?61?[0-9 ]{9,12}$", "+61", false, "Asia Pacific", "APAC")),
            rule(new CountryRules("NZ", "en-NZ", List.of("en"), List.of(), "^\\d{4}$", "", "^\\+?64?[0-9 ]{8,12}$", "+64", false, "Asia Pacific", "APAC")),
            rule(new CountryRules("IE", "en-IE", List.of("en", "ga"), List.of(), "^[A-Z]\\d{2} [A-Z0-9]{4}$", "^IE\\d{7}[A-Z]{1,2}$", "^\\+?353?[0-9 ]{7,12}$", "+353", false, "Europe", "EMEA")),
            rule(new CountryRules("NO", "nb-NO", List.of("nb", "en"), List.of(), "^\\d{4}$", EU_VAT, "^\\+?47?[0-9 ]{8,11}$", "+47", false, "Europe", "EMEA")),
            rule(new CountryRules("DK", "da-DK", List.of("da", "en"), List.of(), "^\\d{4}$", "^DK\\d{8}$", "^\\+?45?[0-9 ]{8,11}$", "+45", false, "Europe", "EMEA")),
            rule(new CountryRules("FI", "fi-FI", List.of("fi", "sv", "en"), List.of(), "^\\d{5}$", "^FI\\d{8}$", "^\\+?358?[0-9 ]{6,12}$", "+358", false, "Europe", "EMEA")),
            rule(new CountryRules("BE", "nl-BE", List.of("nl", "fr", "de"), List.of(), "^\\d{4}$", "^BE0\\d{9}$", "^\\+?32?[0-9 ]{8,11}$", "+32", false, "Europe", "EMEA")),
            rule(new CountryRules("ES", "es-ES", List.of("es", "ca"), List.of(), "^\\d{5}$", "^ES[0-9A-Z]\\d{7}[0-9A-Z]$", "^\\+?34?[0-9 ]{9,12}$", "+34", false, "Europe", "EMEA")),
            rule(new CountryRules("UA", "uk-UA", List.of("uk", "en"), List.of(), "^\\d{5}$", "", "^\\+?380?[0-9 ]{9,12}$", "+380", true, "Europe", "EMEA")));

    private static Map.Entry<String, CountryRules> rule(CountryRules rules) {
        return Map.entry(rules.iso2(), rules);
    }

    static Optional<CountryRules> of(String iso2) {
        return Optional.ofNullable(iso2 == null ? null : RULES.get(iso2.toUpperCase(java.util.Locale.ROOT)));
    }

    boolean stateRequired() {
        return !states.isEmpty();
    }

    /** Normalizes spacing and case of a postal code to this market's format, or empty when it cannot. */
    Optional<String> correctPostalCode(String input) {
        String compact = input.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
        String candidate = switch (iso2) {
            case "GB", "CA", "IE" -> compact.length() > 3 ? compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3) : compact;
            case "NL" -> compact.length() == 6 ? compact.substring(0, 4) + " " + compact.substring(4) : compact;
            case "SE" -> compact.length() == 5 ? compact.substring(0, 3) + " " + compact.substring(3) : compact;
            case "US" -> compact.length() == 9 ? compact.substring(0, 5) + "-" + compact.substring(5) : compact;
            default -> compact;
        };
        return candidate.matches(postalCodeRegex) ? Optional.of(candidate) : Optional.empty();
    }
}
