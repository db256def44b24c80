package org.seatkeeper.db.contracts;

/** An automatic subscription of the same customer that could replace a manual one. */
public record ReplacementCandidate(long id, String name, Long productId, String offerId, int quantity, String status,
                                   String providerName, long contractId) {
}
