package org.seatkeeper.db.contracts;

/** A synced subscription's provider account and the customer that account is mapped to now (null: unmapped). */
public record AccountOwner(long subscriptionId, long providerAccountId, String accountName, Long mappedCustomerId) {
}
