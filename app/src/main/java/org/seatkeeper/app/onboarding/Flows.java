package org.seatkeeper.app.onboarding;

import jakarta.servlet.http.HttpServletRequest;
import org.seatkeeper.app.web.HttpProblem;
import org.seatkeeper.db.onboarding.Onboarding;
import org.seatkeeper.db.onboarding.OnboardingRepository;
import org.seatkeeper.db.providers.Provider;
import org.seatkeeper.db.providers.ProviderRepository;

/** Loads the onboarding a step's URL names ({@code /onboarding/<step>/{id}}), or a 404 page. */
final class Flows {

    private final OnboardingRepository onboardings;
    private final ProviderRepository providers;

    Flows(OnboardingRepository onboardings, ProviderRepository providers) {
        this.onboardings = onboardings;
        this.providers = providers;
    }

    Onboarding load(long id) {
        return onboardings.find(id).orElseThrow(() -> HttpProblem.notFound("That onboarding"));
    }

    Onboarding load(HttpServletRequest request) {
        String[] parts = request.getRequestURI().split("/");
        try {
            return load(Long.parseLong(parts[parts.length - 1]));
        } catch (NumberFormatException e) {
            throw HttpProblem.notFound("That onboarding");
        }
    }

    /** The provider chosen in step 2; a step that needs it before it was chosen sends the user back there. */
    Provider provider(Onboarding onboarding) {
        if (onboarding.providerId() == null) {
            throw new HttpProblem(409, "Choose the provider first (step 2 of the onboarding).");
        }
        return providers.find(onboarding.providerId()).orElseThrow(() -> HttpProblem.notFound("That provider"));
    }

    static String flowHref(long id) {
        return "/onboarding/flow/" + id;
    }
}
