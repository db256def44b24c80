package org.seatkeeper.app.onboarding;

/**
 * A step asked a provider for something its API does not offer (its capability is absent): the path was chosen when
 * the provider could, and its kind or credentials changed since. Reported on the step like a provider's refusal.
 */
final class NotOfferedByProvider extends RuntimeException {

    NotOfferedByProvider(String providerName, String what) {
        super(providerName + " does not offer " + what + " through its API. " + ProviderChoices.manualPath(providerName));
    }
}
