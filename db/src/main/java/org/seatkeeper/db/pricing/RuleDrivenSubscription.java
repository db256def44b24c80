package org.seatkeeper.db.pricing;

import java.math.BigDecimal;
import org.seatkeeper.db.catalog.Money;

/**
 * A live subscription whose price the rules set (no person chose it), with its product's amounts: what a re-pricing
 * evaluates. {@code unitPrice} is null while it has none; {@code listPrice}/{@code unitCost} are in
 * {@code productCurrency} and may be null.
 */
public record RuleDrivenSubscription(long id, long contractId, long providerId, long productId, int quantity,
                                     Money unitPrice, int version, BigDecimal listPrice, BigDecimal unitCost,
                                     String productCurrency) {
}
