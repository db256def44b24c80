package org.seatkeeper.app.onboarding;

import static org.seatkeeper.db.jooq.Tables.PROVIDER_ACCOUNT;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import org.seatkeeper.app.web.DateInput;
import org.seatkeeper.app.web.FieldLimits;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.app.web.PhoneAndPostalCode;
import org.seatkeeper.providers.connector.PostalAddress;

/**
 * Step 3 "Yes": the new tenant's company details as typed, checked locally (the provider's own checks follow in
 * {@link TenantChecks}). The country must be one the provider authorizes: the select offers only those, and this is the
 * server-side check for a request that sends another.
 */
record TenantForm(String companyName, String domainPrefix, PostalAddress address, String registrationNumber,
                  String contactId, String templateId, LocalDate dateSigned) {

    /** @return null when the form has errors (they are on {@code form}) */
    static TenantForm parse(FormModel form, String providerName, Set<String> allowedCountries, LocalDate today) {
        if (form.value("companyName").isEmpty()) {
            form.error("companyName", "Enter the company name the tenant is registered to.");
        }
        String prefix = form.value("domainPrefix").toLowerCase(Locale.ROOT);
        if (prefix.endsWith(".onmicrosoft.com")) {
            prefix = prefix.substring(0, prefix.length() - ".onmicrosoft.com".length());
        }
        if (!prefix.matches("[a-z0-9]{1,27}")) {
            form.error("domainPrefix", "Use 1 to 27 letters and digits (no spaces, dots or dashes), e.g. contoso.");
        }
        if (form.value("addressLine1").isEmpty()) {
            form.error("addressLine1", "Enter the street address.");
        }
        if (form.value("city").isEmpty()) {
            form.error("city", "Enter the city.");
        }
        String country = form.value("country").toUpperCase(Locale.ROOT);
        if (country.isEmpty()) {
            form.error("country", "Choose the country.");
        } else if (!allowedCountries.contains(country)) {
            form.error("country", providerName + " does not authorize you to provision in " + country
                    + ". Choose one of: " + String.join(", ", allowedCountries.stream().sorted().toList()) + ".");
        }
        if (form.value("contactId").isEmpty()) {
            form.error("contactId", "Choose the contact who signed the agreement.");
        }
        if (form.value("templateId").isEmpty()) {
            form.error("templateId", "Choose the agreement the customer signed.");
        }
        LocalDate signed = null;
        try {
            signed = DateInput.parse(form.value("dateSigned"));
            if (signed.isAfter(today)) {
                form.error("dateSigned", "The agreement cannot be signed in the future.");
            }
        } catch (DateTimeParseException e) {
            form.error("dateSigned", "Enter the date the agreement was signed, as YYYY-MM-DD.");
        }
        PhoneAndPostalCode.checkPostalCode(form, "postalCode");
        // Checked here, before the provider sees anything: the tenant is created at the provider before its account is
        // saved (provider_account, whose widths these are), so a value too long to save must never reach the provider.
        FieldLimits.atMost(form, "companyName", PROVIDER_ACCOUNT.COMPANY_NAME);
        FieldLimits.atMost(form, "addressLine1", PROVIDER_ACCOUNT.ADDRESS_LINE1);
        FieldLimits.atMost(form, "addressLine2", PROVIDER_ACCOUNT.ADDRESS_LINE2);
        FieldLimits.atMost(form, "city", PROVIDER_ACCOUNT.CITY);
        FieldLimits.atMost(form, "state", PROVIDER_ACCOUNT.STATE);
        FieldLimits.atMost(form, "postalCode", PROVIDER_ACCOUNT.POSTAL_CODE);
        if (form.hasErrors()) {
            return null;
        }
        PostalAddress address = new PostalAddress(form.value("addressLine1"), blankToNull(form.value("addressLine2")),
                form.value("city"), blankToNull(form.value("state")), blankToNull(form.value("postalCode")), country);
        return new TenantForm(form.value("companyName"), prefix, address, blankToNull(form.value("registrationNumber")),
                form.value("contactId"), form.value("templateId"), signed);
    }

    String domain() {
        return domainPrefix + ".onmicrosoft.com";
    }

    static PostalAddress typedAddress(FormModel form) {
        return new PostalAddress(form.value("addressLine1"), blankToNull(form.value("addressLine2")), form.value("city"),
                blankToNull(form.value("state")), blankToNull(form.value("postalCode")),
                form.value("country").toUpperCase(Locale.ROOT));
    }

    static void fill(FormModel form, PostalAddress address) {
        form.with("addressLine1", address.line1()).with("addressLine2", address.line2()).with("city", address.city())
                .with("state", address.state()).with("postalCode", address.postalCode())
                .with("country", address.country());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
