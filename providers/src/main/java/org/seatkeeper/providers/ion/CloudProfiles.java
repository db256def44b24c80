package org.seatkeeper.providers.ion;

import java.util.List;
import java.util.Optional;

/** GET customers/{id}/cloudProfiles: links an Ion customer to its Microsoft tenant (§3.3). */
public record CloudProfiles(String customerId, String customerOrganization, List<CloudProfile> customerCloudProfiles) {

    public CloudProfiles {
        customerCloudProfiles = customerCloudProfiles == null ? List.of() : List.copyOf(customerCloudProfiles);
    }

    /**
     * The customer's Microsoft profile, wherever it is in the list (a Google or other cloud's profile can come first):
     * enabled ones and ones that name a tenant first. Empty when the customer has no Microsoft profile.
     */
    public Optional<CloudProfile> microsoft() {
        return customerCloudProfiles.stream().filter(CloudProfile::isMicrosoft)
                .sorted(java.util.Comparator.comparing((CloudProfile p) -> Boolean.FALSE.equals(p.enabled()))
                        .thenComparing(p -> p.tenantId().isEmpty()))
                .findFirst();
    }

    public record CloudProfile(String providerId, String displayName, String shortName, Boolean enabled,
                               String customerTenantId, String customerDomain, String gdapStatus,
                               String agreementStatus) {

        /** Microsoft (Azure, Microsoft 365, NCE) by its names; Ion names each profile after its cloud provider. */
        public boolean isMicrosoft() {
            return names("microsoft") || names("azure") || names("office 365") || names("m365")
                    || "nce".equalsIgnoreCase(shortName) || "msft".equalsIgnoreCase(shortName);
        }

        /** The tenant id, when the profile names one (Ion sends an empty one before the tenant is linked). */
        public Optional<String> tenantId() {
            return customerTenantId == null || customerTenantId.isBlank() ? Optional.empty()
                    : Optional.of(customerTenantId.strip());
        }

        public Optional<String> domain() {
            return customerDomain == null || customerDomain.isBlank() ? Optional.empty()
                    : Optional.of(customerDomain.strip());
        }

        private boolean names(String word) {
            return contains(displayName, word) || contains(shortName, word);
        }

        private static boolean contains(String text, String word) {
            return text != null && text.toLowerCase(java.util.Locale.ROOT).contains(word);
        }
    }
}
