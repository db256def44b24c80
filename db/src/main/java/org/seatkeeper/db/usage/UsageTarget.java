package org.seatkeeper.db.usage;

/**
 * A linked customer's tenant as the license usage job reads it.
 *
 * @param partnerCenterCustomerId the tenant's customer id at the access provider's Partner Center when the customer
 *                                has that provider's account for the tenant mapped (a direct customer), else null
 */
public record UsageTarget(long customerId, String tenantId, long accessProviderId, String partnerCenterCustomerId) {
}
