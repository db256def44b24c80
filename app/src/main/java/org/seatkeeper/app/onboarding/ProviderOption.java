package org.seatkeeper.app.onboarding;

/** A provider as step 2 offers it, with what it can do and, when it cannot, the manual path in words. */
public record ProviderOption(String value, String label, boolean canCreateTenant, boolean canInvite, String note) {
}
