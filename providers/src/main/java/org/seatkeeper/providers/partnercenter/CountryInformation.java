package org.seatkeeper.providers.partnercenter;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** GET countryvalidationrules/{iso2}; lists arrive wrapped as {value:[]}. */
public record CountryInformation(String iso2Code, String defaultCulture,
                                 @JsonProperty("isStateRequired") Boolean isStateRequired, Values states,
                                 @JsonProperty("isPostalCodeRequired") Boolean isPostalCodeRequired,
                                 String postalCodeRegex,
                                 @JsonProperty("isRegistrationNumberSupported") Boolean isRegistrationNumberSupported,
                                 Values supportedLanguages, Values supportedCultures) {

    public record Values(List<String> value) {

        public Values {
            value = value == null ? List.of() : List.copyOf(value);
        }
    }
}
