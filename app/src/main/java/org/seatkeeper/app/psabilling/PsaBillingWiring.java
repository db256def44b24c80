package org.seatkeeper.app.psabilling;

import org.seatkeeper.app.context.AppContext;
import org.seatkeeper.app.web.NotFoundServlet;
import org.seatkeeper.app.web.PathRoutes;
import org.seatkeeper.batch.psa.LinkAdditions;
import org.seatkeeper.db.customers.CustomerRepository;
import org.seatkeeper.db.psa.CustomerCompanyRepository;
import org.seatkeeper.db.psa.PsaConnection;
import org.seatkeeper.db.psa.PsaConnectionRepository;
import org.seatkeeper.db.psa.PsaDataRepository;
import org.seatkeeper.db.psabilling.BillingProfileRepository;
import org.seatkeeper.db.psabilling.LicenseLinkRepository;
import org.seatkeeper.db.psabilling.SeatkeeperPrices;
import org.seatkeeper.db.psasync.LinkAdditionRepository;
import org.seatkeeper.db.usage.LicenseSubscriptionRepository;
import org.seatkeeper.db.usage.SkuMappingRepository;
import org.seatkeeper.db.usage.TenantLicenseRepository;

/**
 * Billing in the PSA: billing profiles (/psa/billing-profiles) and license links (a tenant license billed through a
 * profile on an agreement, /customers/{id}/licenses/{licenseId}/links/..., mounted on the usage feature's routes;
 * ".../links/{linkId}/remove" asks, then removes a link, leaving its addition for the next PSA sync to cancel).
 */
public final class PsaBillingWiring {

    private PsaBillingWiring() {
    }

    /** @param customerLicenses the usage feature's routes under /customers/{id}/licenses */
    public static void register(AppContext app, PathRoutes customerLicenses) {
        var dsl = app.database().dsl();
        BillingProfileRepository profiles = new BillingProfileRepository(dsl);
        LicenseLinkRepository links = new LicenseLinkRepository(dsl);
        PsaDataRepository psa = new PsaDataRepository(dsl);
        SkuMappingRepository mappings = new SkuMappingRepository(dsl);
        PsaConnectionRepository connections = new PsaConnectionRepository(dsl);
        BillingProfiles service = new BillingProfiles(profiles, psa, mappings, new SeatkeeperPrices(dsl), app.audit(),
                app.database().transactions(), app.clock());
        BillingProfileFormServlet form = new BillingProfileFormServlet(app.pages(), profiles, service,
                new BillingProfileChoices(psa, mappings),
                () -> connections.find().map(PsaConnection::currency).orElse("USD"));
        app.web().route(BillingProfilesServlet.PATH, new BillingProfilesServlet(app.pages(), profiles, links, psa, mappings))
                .route(BillingProfilesServlet.PATH + "/*", new PathRoutes(new NotFoundServlet(app.pages()))
                        .add(BillingProfilesServlet.PATH + "/(new|[0-9]+)", form));
        LicenseLinks licenseLinks = new LicenseLinks(new CustomerRepository(dsl), new TenantLicenseRepository(dsl),
                new CustomerCompanyRepository(dsl), psa, profiles, links, mappings,
                new LinkAdditions(new LicenseSubscriptionRepository(dsl), mappings, new TenantLicenseRepository(dsl)),
                app.audit(), app.database().transactions(), app.clock());
        customerLicenses.add("/customers/[0-9]+/licenses/[0-9]+/links/(new|[0-9]+)",
                new LicenseLinkServlet(app.pages(), licenseLinks, app.clock()));
        customerLicenses.add("/customers/[0-9]+/licenses/[0-9]+/links/[0-9]+/remove",
                new LicenseLinkRemovalServlet(app.pages(), licenseLinks, new LinkAdditionRepository(dsl)));
    }
}
