package org.seatkeeper.providers.connector;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A subscription in the common shape.
 *
 * @param term           ISO-8601 period: P1M, P1Y, P3Y
 * @param providerStatus the provider's raw status spelling
 * @param cancellationAllowedUntil nullable
 * @param refundableQuantity nullable
 * @param unitPrice      nullable
 * @param unitCost       nullable
 * @param lastChangeDate nullable
 */
public record ProviderSubscriptionRecord(String externalId, String accountExternalId, String offerId,
                                         String productName, String term, BillingCycle billingCycle, int quantity,
                                         SubscriptionStatus status, String providerStatus, LocalDate effectiveDate,
                                         LocalDate termEndDate, boolean autoRenew, LocalDate cancellationAllowedUntil,
                                         Integer refundableQuantity, Money unitPrice, Money unitCost,
                                         LocalDate lastChangeDate) {

    public ProviderSubscriptionRecord {
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(accountExternalId, "accountExternalId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(billingCycle, "billingCycle");
        if (quantity < 0) {
            throw new IllegalArgumentException("quantity must not be negative: " + quantity);
        }
    }
}
