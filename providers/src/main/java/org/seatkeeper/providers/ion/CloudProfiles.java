package org.seatkeeper.providers.ion;

import java.util.List;
import java.util.Optional;

/** GET customers/{id}/cloudProfiles: links an Ion customer to its Microsoft tenant (§3.3). */
public record CloudProfiles(String customerId, String customerOrganization, List<CloudProfile> customerCloudProfiles) {

    public CloudProfiles {
        customerCloudProfiles = customerCloudProfiles == null ? List.of() : List.copyOf(customerCloudProfiles);
    }

    public record CloudProfile(String providerId, String displayName, String shortName, Boolean enabled,
                               String customerTenantId, String customerDomain, String gdapStatus,
                               String agreementStatus) {
    }

    /** The first profile that names a tenant, enabled ones first. */
    public Optional<CloudProfile> tenant() {
        return customerCloudProfiles.stream()
                .filter(p -> p.customerTenantId() != null && !p.customerTenantId().isBlank())
                .sorted(java.util.Comparator.comparing((CloudProfile p) -> Boolean.FALSE.equals(p.enabled())))
                .findFirst();
    }
}
