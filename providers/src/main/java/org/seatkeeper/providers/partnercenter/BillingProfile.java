package org.seatkeeper.providers.partnercenter;

public record BillingProfile(String id, String email, String culture, String language, String companyName,
                             PcAddress defaultAddress) {
}
