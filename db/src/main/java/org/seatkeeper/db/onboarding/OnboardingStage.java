package org.seatkeeper.db.onboarding;

/** Where a customer stands in onboarding, in order. How pages name it: {@code app/onboarding/Display}. */
public enum OnboardingStage {
    CREATED,
    INVITED,
    ACCEPTED,
    PROVISIONED,
    CONTRACT_CREATED
}
