package org.seatkeeper.db.subscriptions;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A subscription row. {@code externalId} and {@code providerAccountId} are null for a manual one;
 * {@code providerQuantity}/{@code providerStatus} are what the provider said at the last sync;
 * {@code unitPrice} null means the product's price.
 */
public record Subscription(long id, long contractId, long providerId, Long productId, Long providerAccountId,
                           String externalId, String name, int quantity, SubscriptionState status,
                           LocalDate effectiveDate, LocalDate termEndDate, boolean autoRenew,
                           LocalDate cancellationAllowedUntil, Integer refundableQuantity, Integer providerQuantity,
                           String providerStatus, Instant lastSyncedAt, BigDecimal unitPrice, String currency,
                           Instant createdAt, int version) {

    public SubscriptionTerms terms() {
        return new SubscriptionTerms(effectiveDate, termEndDate, autoRenew, cancellationAllowedUntil,
                refundableQuantity);
    }
}
