package org.seatkeeper.providers.partnercenter;

/** A Partner Center subscription (§1.8). Dates stay text: the connector reads them leniently. */
public record PcSubscription(String id, String offerId, String offerName, String friendlyName, Integer quantity,
                             String unitType, String status, String creationDate, String effectiveStartDate,
                             String commitmentEndDate, Boolean autoRenewEnabled, String billingCycle,
                             String termDuration, String cancellationAllowedUntilDate,
                             RefundableQuantity refundableQuantity, Boolean isTrial) {

    public record RefundableQuantity(Integer totalQuantity) {
    }
}
