package org.seatkeeper.providers.connector;

import java.util.Objects;

/**
 * A customer tenant to create.
 *
 * @param domainPrefix       the part before .onmicrosoft.com
 * @param culture            e.g. en-US
 * @param language           two letters, e.g. en
 * @param registrationNumber nullable; required only in some countries (see CountryRules)
 */
public record NewTenantRequest(String companyName, String domainPrefix, PostalAddress address,
                               String contactFirstName, String contactLastName, String contactEmail,
                               String contactPhone, String culture, String language, String registrationNumber) {

    public NewTenantRequest {
        Objects.requireNonNull(companyName, "companyName");
        Objects.requireNonNull(domainPrefix, "domainPrefix");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(contactEmail, "contactEmail");
    }
}
