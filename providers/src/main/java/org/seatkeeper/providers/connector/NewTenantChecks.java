package org.seatkeeper.providers.connector;

/** A provider that checks a new tenant before creating it. See {@link ProviderConnector#tenantChecks()}. */
public interface NewTenantChecks {

    AddressCheck validateAddress(PostalAddress address);

    CountryRules countryRules(String iso2);

    boolean isDomainAvailable(String domainPrefix);
}
