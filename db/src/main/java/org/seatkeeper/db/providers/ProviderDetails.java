package org.seatkeeper.db.providers;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a user sets on a provider (everything except credentials, which are stored encrypted on their own).
 *
 * @param apiBaseUrl blank or null for the provider's public URL
 * @param countries ISO 3166-1 alpha-2 codes the provider may provision in
 */
public record ProviderDetails(String name, String kind, boolean automatic, String currency, String apiBaseUrl,
                              String tokenUrl, Set<String> countries) {

    public static final Set<String> KINDS = Set.of("PARTNER_CENTER", "ION", "PAX8", "MANUAL");

    public ProviderDetails {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A provider needs a name");
        }
        name = name.strip();
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("Unknown provider kind: " + kind);
        }
        if (automatic && "MANUAL".equals(kind)) {
            throw new IllegalArgumentException("A manual provider has no API to sync from");
        }
        Objects.requireNonNull(currency, "currency");
        if (!currency.matches("[A-Za-z]{3}")) {
            throw new IllegalArgumentException("The currency is a three-letter ISO code, e.g. USD: " + currency);
        }
        currency = currency.toUpperCase(Locale.ROOT);
        apiBaseUrl = blankToNull(apiBaseUrl);
        tokenUrl = blankToNull(tokenUrl);
        TreeSet<String> codes = new TreeSet<>();
        for (String country : countries == null ? Set.<String>of() : countries) {
            if (country == null || !country.strip().matches("[A-Za-z]{2}")) {
                throw new IllegalArgumentException("A country is a two-letter ISO code, e.g. US: " + country);
            }
            codes.add(country.strip().toUpperCase(Locale.ROOT));
        }
        countries = Set.copyOf(codes);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
