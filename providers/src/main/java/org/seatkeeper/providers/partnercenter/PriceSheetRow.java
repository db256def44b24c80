package org.seatkeeper.providers.partnercenter;

import java.math.BigDecimal;

/**
 * One row of the NCE license-based price sheet (Addendum of provider-apis.md), read by column name.
 *
 * @param unitPrice the partner's price per license and billing period (what the reseller pays)
 * @param erpPrice  nullable: the list (ERP) price
 * @param tierMin   nullable: the low end of a tiered price's quantity range
 */
public record PriceSheetRow(String productId, String skuId, String productTitle, String skuTitle, String termDuration,
                            String billingPlan, String market, String currency, BigDecimal unitPrice,
                            BigDecimal erpPrice, BigDecimal tierMin, String segment) {
}
