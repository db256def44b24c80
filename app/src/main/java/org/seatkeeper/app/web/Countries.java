package org.seatkeeper.app.web;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Countries as every form offers them: one list to choose from, each "Germany (DE)", sorted by name, the value the ISO
 * 3166 code the app stores. The same choice on the customer, settings, onboarding and new-tenant forms (the latter
 * offers only the countries the provider authorizes).
 */
public final class Countries {

    /** Every ISO country, for the forms that accept any ({@code isoCountries} in every template). */
    public static final List<Map<String, String>> ALL = options(Set.of(Locale.getISOCountries()));

    private Countries() {
    }

    /** The given codes as choices: {value: "DE", label: "Germany (DE)"}, by name. */
    public static List<Map<String, String>> options(Collection<String> codes) {
        return codes.stream()
                .map(code -> code.strip().toUpperCase(Locale.ROOT))
                .distinct()
                .map(code -> Map.of("value", code, "label", name(code) + " (" + code + ")"))
                .sorted(Comparator.comparing((Map<String, String> option) -> option.get("label")))
                .toList();
    }

    static String name(String code) {
        String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
        return name.isBlank() || name.equals(code) ? code : name;
    }
}
