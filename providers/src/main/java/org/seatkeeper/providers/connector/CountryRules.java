package org.seatkeeper.providers.connector;

import java.util.List;

/** @param postalCodePattern nullable regular expression */
public record CountryRules(String iso2, boolean stateRequired, List<String> states, boolean postalCodeRequired,
                           String postalCodePattern, boolean registrationNumberRequired) {

    public CountryRules {
        states = List.copyOf(states);
    }
}
