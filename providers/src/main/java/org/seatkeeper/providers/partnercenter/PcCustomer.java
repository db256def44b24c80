package org.seatkeeper.providers.partnercenter;

/** A Partner Center Customer (§1.4). userCredentials only on create. */
public record PcCustomer(String id, String commerceId, CompanyProfile companyProfile, BillingProfile billingProfile,
                         String relationshipToPartner, UserCredentials userCredentials) {
}
