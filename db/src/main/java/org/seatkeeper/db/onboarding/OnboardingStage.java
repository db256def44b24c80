package org.seatkeeper.db.onboarding;

/** Where a customer stands in onboarding, in order. */
public enum OnboardingStage {
    CREATED("Customer created"),
    INVITED("Invited"),
    ACCEPTED("Invitation accepted"),
    PROVISIONED("Provisioned"),
    CONTRACT_CREATED("Contract created");

    private final String label;

    OnboardingStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
