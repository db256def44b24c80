package org.seatkeeper.app.providers;

import org.seatkeeper.app.context.AppContext;
import org.seatkeeper.app.jobs.JobsEngine;
import org.seatkeeper.app.pricing.PricingWiring;
import org.seatkeeper.app.web.NotFoundServlet;
import org.seatkeeper.app.web.PathRoutes;
import org.seatkeeper.db.providers.ProviderRepository;

/** Providers: list, add, edit, enable or disable, test the connection, sync provider accounts. */
public final class ProvidersWiring {

    private ProvidersWiring() {
    }

    public static void register(AppContext app, JobsEngine jobs) {
        ProviderRepository providers = new ProviderRepository(app.database().dsl());
        PricingWiring pricing = new PricingWiring(app);
        ProviderService service = new ProviderService(providers, jobs.credentials(), app.audit(), app.database().transactions(), app.clock());
        app.web().route("/providers", new ProvidersServlet(app.pages(), providers))
                .route("/providers/*", new PathRoutes(new NotFoundServlet(app.pages()))
                        .add("/providers/new", new ProviderFormServlet(app.pages(), service, providers))
                        .add("/providers/[0-9]+", new ProviderServlet(app.pages(), providers, jobs.history(), pricing))
                        .add("/providers/[0-9]+/pricing", pricing.providerPricing())
                        .add("/providers/[0-9]+/edit", new ProviderFormServlet(app.pages(), service, providers))
                        .add("/providers/[0-9]+/test", new ProviderTestServlet(app.pages(), providers, jobs.connectors()))
                        .add("/providers/[0-9]+/sync", new ProviderSyncServlet(app.pages(), jobs.syncs()))
                        .add("/providers/[0-9]+/enabled", new ProviderEnabledServlet(app.pages(), service, providers)));
        app.navigation().add("providers", "Providers", "/providers");
    }
}
