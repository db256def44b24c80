package org.seatkeeper.app.onboarding;

import java.util.List;
import java.util.Optional;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.db.providers.Provider;
import org.seatkeeper.providers.connector.AddressCheck;
import org.seatkeeper.providers.connector.CountryRules;
import org.seatkeeper.providers.connector.NewTenantChecks;
import org.seatkeeper.providers.connector.PostalAddress;
import org.seatkeeper.providers.http.ProviderRejectedException;

/**
 * The provider's own checks of a new tenant, where it offers them: the country's rules (state, postal code format,
 * registration number), the domain's availability and the address. Problems go on the form by field; an address the
 * provider cannot verify comes back with its suggestions.
 */
final class TenantChecks {

    private final ConnectorSource connectors;

    TenantChecks(ConnectorSource connectors) {
        this.connectors = connectors;
    }

    /** @return the provider's suggested addresses when it could not verify the typed one, else empty */
    List<PostalAddress> check(Provider provider, TenantForm tenant, FormModel form) {
        try {
            Optional<NewTenantChecks> offered = connectors.connector(provider).tenantChecks();
            if (offered.isEmpty()) {
                return List.of();
            }
            NewTenantChecks checks = offered.get();
            applyCountryRules(provider, countryRules(checks, tenant.address().country()), tenant, form);
            if (!checks.isDomainAvailable(tenant.domainPrefix())) {
                form.error("domainPrefix", tenant.domain() + " is already taken at " + provider.name()
                        + ". Choose another prefix.");
            }
            AddressCheck check = checks.validateAddress(tenant.address());
            if (!check.valid()) {
                form.error("addressLine1", provider.name() + " could not verify this address (" + check.status() + ")"
                        + (check.message() == null ? "." : ": " + check.message())
                        + (check.suggestions().isEmpty() ? " Correct it and check again."
                                : " Pick one of its suggestions below, or correct it."));
                return check.suggestions();
            }
        } catch (RuntimeException e) {
            if (!ProviderProblems.isReportable(e)) {
                throw e;
            }
            ProviderProblems.report(form, e, "domainPrefix");
        }
        return List.of();
    }

    /** The provider's suggestions for the address as typed (to apply the one the user picked). */
    List<PostalAddress> suggestions(Provider provider, PostalAddress typed, FormModel form) {
        try {
            return connectors.connector(provider).tenantChecks()
                    .map(checks -> checks.validateAddress(typed).suggestions()).orElse(List.of());
        } catch (RuntimeException e) {
            if (!ProviderProblems.isReportable(e)) {
                throw e;
            }
            ProviderProblems.report(form, e, null);
            return List.of();
        }
    }

    private static CountryRules countryRules(NewTenantChecks checks, String country) {
        try {
            return checks.countryRules(country);
        } catch (ProviderRejectedException e) {
            if (e.status() == 404) {
                return null;
            }
            throw e;
        }
    }

    private static void applyCountryRules(Provider provider, CountryRules rules, TenantForm tenant, FormModel form) {
        if (rules == null) {
            return;
        }
        PostalAddress address = tenant.address();
        String country = address.country();
        if (rules.stateRequired() && (address.state() == null
                || (!rules.states().isEmpty() && !rules.states().contains(address.state().toUpperCase())))) {
            form.error("state", provider.name() + " requires a state for " + country
                    + (rules.states().isEmpty() ? "." : ", one of " + String.join(", ", rules.states()) + "."));
        }
        if (address.postalCode() == null && rules.postalCodeRequired()) {
            form.error("postalCode", provider.name() + " requires a postal code for " + country + ".");
        } else if (address.postalCode() != null && rules.postalCodePattern() != null
                && !address.postalCode().matches(rules.postalCodePattern())) {
            form.error("postalCode", "This postal code does not have the format " + provider.name() + " expects for "
                    + country + ".");
        }
        if (rules.registrationNumberRequired() && tenant.registrationNumber() == null) {
            form.error("registrationNumber", provider.name() + " requires the company's registration number in "
                    + country + ".");
        }
    }
}
