package org.seatkeeper.db.accounts;

/** An account a sync run created: listeners (invitations, notifications, the run's mail) get these. */
public record NewProviderAccount(long id, long providerId, String externalId, String tenantId, String domain,
                                 String companyName) {

    public String displayName() {
        if (companyName != null && !companyName.isBlank()) {
            return companyName;
        }
        return domain != null && !domain.isBlank() ? domain : externalId;
    }
}
