package org.seatkeeper.db.subscriptions;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A subscription to insert. Its quantity must arrive with a CREATE event in the same transaction
 * (the license ledger does both); {@code externalId}/{@code providerAccountId} are null for a manual one.
 * {@code unitPrice}/{@code currency}: the customer's price (from {@code PriceRules}, or typed by a person when
 * {@code priceSetByPerson}).
 */
public record NewSubscription(long contractId, long providerId, Long productId, Long providerAccountId,
                              String externalId, String name, int quantity, SubscriptionState status,
                              SubscriptionTerms terms, BigDecimal unitPrice, String currency,
                              boolean priceSetByPerson) {

    /** A subscription priced by the rules (or not priced yet). */
    public NewSubscription(long contractId, long providerId, Long productId, Long providerAccountId,
                           String externalId, String name, int quantity, SubscriptionState status,
                           SubscriptionTerms terms, BigDecimal unitPrice, String currency) {
        this(contractId, providerId, productId, providerAccountId, externalId, name, quantity, status, terms,
                unitPrice, currency, false);
    }

    public NewSubscription {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A subscription needs a name.");
        }
        if (quantity < 0) {
            throw new IllegalArgumentException("The quantity cannot be negative.");
        }
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(terms, "terms");
    }
}
