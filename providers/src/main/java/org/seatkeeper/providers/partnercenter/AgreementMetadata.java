package org.seatkeeper.providers.partnercenter;

public record AgreementMetadata(String templateId, String agreementType, String agreementLink, Integer versionRank) {
}
