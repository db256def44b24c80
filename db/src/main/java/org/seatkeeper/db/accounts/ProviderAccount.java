package org.seatkeeper.db.accounts;

import java.time.Instant;

/**
 * A provider account as the accounts page shows it.
 *
 * @param status ACTIVE while the provider reports it, INACTIVE once it stopped (never deleted)
 * @param customerId null while unmapped
 * @param lastSeenAt when a completed sync last reported it
 */
public record ProviderAccount(long id, long providerId, String providerName, String externalId, String tenantId,
                              String domain, String companyName, String country, AccountAddress address,
                              String relationshipStatus, String status, boolean isNew, Long customerId,
                              String customerName, Instant mappedAt, String mappedBy, Instant firstSeenAt,
                              Instant lastSeenAt, int version) {

    public boolean mapped() {
        return customerId != null;
    }

    public boolean active() {
        return "ACTIVE".equals(status);
    }

    /** The name to show: the company name, else the domain, else the provider's id. */
    public String displayName() {
        if (companyName != null && !companyName.isBlank()) {
            return companyName;
        }
        return domain != null && !domain.isBlank() ? domain : externalId;
    }
}
