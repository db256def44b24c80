package org.seatkeeper.db.onboarding;

import java.time.Instant;

/**
 * One customer's onboarding as stored. The admin password never leaves the repository in this record:
 * {@code hasAdminPassword} says whether one is stored; {@link OnboardingRepository#adminPasswordCiphertext} hands the
 * ciphertext to the one caller that decrypts it.
 *
 * @param providerId null until a provider is chosen
 * @param path null until the "first registration?" question is answered
 */
public record Onboarding(long id, long customerId, String customerName, Long providerId, String providerName,
                         OnboardingPath path, OnboardingStage stage, String tenantRequestId, String tenantExternalId,
                         String tenantId, String tenantDomain, String adminUserName, boolean hasAdminPassword,
                         Instant credentialsShownAt, Long providerAccountId, Long contractId, String createdBy,
                         Instant createdAt, Instant updatedAt, int version) {

    /** The tenant exists at the provider (its create call returned). */
    public boolean tenantCreated() {
        return tenantExternalId != null;
    }
}
