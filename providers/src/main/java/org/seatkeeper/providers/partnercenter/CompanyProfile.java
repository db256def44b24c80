package org.seatkeeper.providers.partnercenter;

public record CompanyProfile(String tenantId, String domain, String companyName, String organizationRegistrationNumber) {
}
