package org.seatkeeper.providers.connector;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A subscription in the common shape. Amounts are per license and billing period (the {@code billingCycle}: a
 * monthly-billed annual term carries the monthly amount), in the provider's currency for that customer.
 *
 * @param term           ISO-8601 period: P1M, P1Y, P3Y
 * @param providerStatus the provider's raw status spelling
 * @param autoRenew      false also for Pax8's PendingCancel (it ends with its term)
 * @param cancellationAllowedUntil nullable
 * @param refundableQuantity nullable
 * @param unitPrice      nullable: the price for the customer as set at the provider (Ion {@code price}, Pax8
 *                       {@code price}); Partner Center has none
 * @param unitCost       nullable: what the reseller pays (Ion {@code cost}, Pax8 {@code partnerCost} or its product
 *                       pricing's partner buy rate, Partner Center's price sheet unit price)
 * @param lastChangeDate nullable: the provider's last-change date (Ion lastUpdatedDate, Pax8 updatedDate; Partner
 *                       Center gives none)
 * @param listPrice      nullable: the provider's list price (Ion {@code msrp}, Pax8's suggested retail price, Partner
 *                       Center's price sheet ERP price)
 */
public record ProviderSubscriptionRecord(String externalId, String accountExternalId, String offerId,
                                         String productName, String term, BillingCycle billingCycle, int quantity,
                                         SubscriptionStatus status, String providerStatus, LocalDate effectiveDate,
                                         LocalDate termEndDate, boolean autoRenew, LocalDate cancellationAllowedUntil,
                                         Integer refundableQuantity, Money unitPrice, Money unitCost,
                                         LocalDate lastChangeDate, Money listPrice) {

    public ProviderSubscriptionRecord {
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(accountExternalId, "accountExternalId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(billingCycle, "billingCycle");
        if (quantity < 0) {
            throw new IllegalArgumentException("quantity must not be negative: " + quantity);
        }
    }

    /** Without a list price (the shape before providers sent one). */
    public ProviderSubscriptionRecord(String externalId, String accountExternalId, String offerId, String productName,
                                      String term, BillingCycle billingCycle, int quantity, SubscriptionStatus status,
                                      String providerStatus, LocalDate effectiveDate, LocalDate termEndDate,
                                      boolean autoRenew, LocalDate cancellationAllowedUntil,
                                      Integer refundableQuantity, Money unitPrice, Money unitCost,
                                      LocalDate lastChangeDate) {
        this(externalId, accountExternalId, offerId, productName, term, billingCycle, quantity, status, providerStatus,
                effectiveDate, termEndDate, autoRenew, cancellationAllowedUntil, refundableQuantity, unitPrice,
                unitCost, lastChangeDate, null);
    }

    /** The same subscription with the cost and list price a price list gives it (the ones it has are kept). */
    public ProviderSubscriptionRecord withPrices(Money cost, Money list) {
        return new ProviderSubscriptionRecord(externalId, accountExternalId, offerId, productName, term, billingCycle,
                quantity, status, providerStatus, effectiveDate, termEndDate, autoRenew, cancellationAllowedUntil,
                refundableQuantity, unitPrice, unitCost != null ? unitCost : cost, lastChangeDate,
                listPrice != null ? listPrice : list);
    }
}
