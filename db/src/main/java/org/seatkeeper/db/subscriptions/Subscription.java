package org.seatkeeper.db.subscriptions;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A subscription row. {@code externalId} and {@code providerAccountId} are null for a manual one;
 * {@code providerQuantity}/{@code providerStatus} are what the provider said at the last sync;
 * {@code unitPrice}/{@code currency} are the customer's unit price (null while none could be derived), set by the
 * price rules unless {@code priceSetByPerson}: then a person chose it and the rules leave it alone.
 */
public record Subscription(long id, long contractId, long providerId, Long productId, Long providerAccountId,
                           String externalId, String name, int quantity, SubscriptionState status,
                           LocalDate effectiveDate, LocalDate termEndDate, boolean autoRenew,
                           LocalDate cancellationAllowedUntil, Integer refundableQuantity, Integer providerQuantity,
                           String providerStatus, Instant lastSyncedAt, BigDecimal unitPrice, String currency,
                           Instant createdAt, int version, boolean priceSetByPerson) {

    /** A subscription whose price (if any) came from the price rules. */
    public Subscription(long id, long contractId, long providerId, Long productId, Long providerAccountId,
                        String externalId, String name, int quantity, SubscriptionState status,
                        LocalDate effectiveDate, LocalDate termEndDate, boolean autoRenew,
                        LocalDate cancellationAllowedUntil, Integer refundableQuantity, Integer providerQuantity,
                        String providerStatus, Instant lastSyncedAt, BigDecimal unitPrice, String currency,
                        Instant createdAt, int version) {
        this(id, contractId, providerId, productId, providerAccountId, externalId, name, quantity, status,
                effectiveDate, termEndDate, autoRenew, cancellationAllowedUntil, refundableQuantity, providerQuantity,
                providerStatus, lastSyncedAt, unitPrice, currency, createdAt, version, false);
    }

    public SubscriptionTerms terms() {
        return new SubscriptionTerms(effectiveDate, termEndDate, autoRenew, cancellationAllowedUntil,
                refundableQuantity);
    }
}
