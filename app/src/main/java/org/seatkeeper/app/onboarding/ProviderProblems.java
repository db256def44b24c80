package org.seatkeeper.app.onboarding;

import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.providers.http.ProviderAuthException;
import org.seatkeeper.providers.http.ProviderException;
import org.seatkeeper.providers.http.ProviderRejectedException;

/**
 * Turns a provider's refusal into a message on the step it came from: by the field it is about when we can tell
 * (a taken domain), else at the top of the form under "provider". Messages come from the typed exceptions, which name
 * the provider and never contain secrets.
 */
final class ProviderProblems {

    static final String FIELD = "provider";

    private ProviderProblems() {
    }

    /** @param domainField the form's domain field, or null when the step has none */
    static void report(FormModel form, RuntimeException failure, String domainField) {
        if (failure instanceof ProviderRejectedException rejected && domainField != null && isDomainProblem(rejected)) {
            form.error(domainField, "This domain is already taken at " + rejected.provider()
                    + ". Choose another prefix.");
        } else if (failure instanceof ProviderAuthException auth) {
            form.error(FIELD, auth.getMessage() + " Fix the credentials on the provider's page, then try again.");
        } else if (failure instanceof ProviderException provider) {
            form.error(FIELD, provider.getMessage());
        } else if (failure instanceof NotOfferedByProvider notOffered) {
            form.error(FIELD, notOffered.getMessage());
        } else {
            form.error(FIELD, "The provider connection is not usable: " + failure.getMessage());
        }
    }

    /** Whether a call failed for a reason this class reports (anything else is a bug and becomes a 500). */
    static boolean isReportable(RuntimeException failure) {
        return failure instanceof ProviderException || failure instanceof NotOfferedByProvider
                || failure instanceof IllegalArgumentException;
    }

    private static boolean isDomainProblem(ProviderRejectedException rejected) {
        String message = rejected.providerMessage() == null ? "" : rejected.providerMessage().toLowerCase();
        return rejected.status() == 409 || message.contains("domain");
    }
}
