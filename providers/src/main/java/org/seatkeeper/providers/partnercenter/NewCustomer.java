package org.seatkeeper.providers.partnercenter;

/** The body of POST customers: companyProfile.domain and billingProfile with its defaultAddress. */
public record NewCustomer(CompanyProfile companyProfile, BillingProfile billingProfile) {
}
