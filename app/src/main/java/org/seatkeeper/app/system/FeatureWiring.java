package org.seatkeeper.app.system;

import java.util.List;

/**
 * The product's feature areas, wired in menu order. Each feature adds its servlets, menu entry and dashboard
 * figures here; features that run in the background add what must be stopped on shutdown to {@code closeables}.
 */
final class FeatureWiring {

    private FeatureWiring() {
    }

    static void register(AppContext app, List<AutoCloseable> closeables) {
        // feature areas are added here as they land
        org.seatkeeper.app.customers.CustomerService customers = org.seatkeeper.app.customers.CustomersWiring.register(app);
        org.seatkeeper.batch.onboarding.InvitationAcceptance invitationAcceptance = org.seatkeeper.app.onboarding.OnboardingWiring.register(app);
        org.seatkeeper.app.agreements.AgreementsWiring.register(app);
    }

    /** Settings were saved: features that depend on them (the nightly schedule) pick them up. */
    static void onSettingsChanged(AppContext app) {
        // nothing yet
    }
}
