package org.seatkeeper.db.renewals;

import java.time.LocalDate;

/**
 * A live subscription whose NCE cancellation window (opened by a purchase, an increase or a renewal) closes soon:
 * until {@code allowedUntil} the provider still takes back up to {@code refundableQuantity} licenses (null when the
 * provider did not say how many).
 */
public record ClosingWindow(long subscriptionId, String subscriptionName, long customerId, String customerName,
                            String providerName, int quantity, Integer refundableQuantity, LocalDate allowedUntil) {
}
