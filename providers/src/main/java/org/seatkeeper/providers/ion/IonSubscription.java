package org.seatkeeper.providers.ion;

import java.math.BigDecimal;

/**
 * An Ion subscription line (§3.4). subscriptionTotalLicenses is a string ("3"); the status comes in either case;
 * dates are ISO instants; amounts come as numbers or strings, with up to 7 decimals (BigDecimal, never double).
 */
public record IonSubscription(String id, String customerId, String subscriptionId, String subscriptionName,
                              String resourceType, String subscriptionOfferId, String mfgPartNumber, String ccpSkuId,
                              ProductInfo ccpProductInfo, String subscriptionTotalLicenses, String unitType,
                              String subscriptionStatus, String subscriptionPurchasedDate,
                              String subscriptionStartDate, String subscriptionEndDate,
                              String cancellationAllowedUntilDate, String subscriptionBillingType,
                              String subscriptionBillingCycle, String subscriptionBillingTerm,
                              String subscriptionRenewStatus, Boolean autoRenew, Boolean isTrial,
                              String lastUpdatedDate, BigDecimal price, BigDecimal cost, String currency,
                              String customerName, BigDecimal msrp, BigDecimal margin, String billingCurrency) {

    public record ProductInfo(String productId, String productDisplayName, String skuId, String skuDisplayName,
                              String planId, String planDisplayName) {
    }
}
