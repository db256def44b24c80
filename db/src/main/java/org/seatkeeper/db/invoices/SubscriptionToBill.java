package org.seatkeeper.db.invoices;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.seatkeeper.db.catalog.BillingCycle;

/**
 * A subscription as the billing run reads it: its product (null when it has none), the customer's unit price and its
 * currency (null when not priced), the contract's currency, and its NCE cancellation window and term end.
 */
public record SubscriptionToBill(long id, long contractId, String name, Long productId, String productName,
                                 BillingCycle productCycle, BigDecimal unitPrice, String currency,
                                 String contractCurrency, LocalDate cancellationAllowedUntil, LocalDate termEnd) {
}
