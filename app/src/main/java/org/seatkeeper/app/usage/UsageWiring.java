package org.seatkeeper.app.usage;

import java.util.function.BooleanSupplier;
import jakarta.servlet.http.HttpServlet;
import org.seatkeeper.app.context.AppContext;
import org.seatkeeper.app.jobs.JobsEngine;
import org.seatkeeper.db.psa.PsaDataRepository;
import org.seatkeeper.db.psabilling.BillingProfileRepository;
import org.seatkeeper.db.psabilling.LicenseLinkRepository;
import org.seatkeeper.db.psabilling.UnlinkedLicenses;
import org.seatkeeper.db.psasync.LinkAdditionRepository;
import org.seatkeeper.app.web.NotFoundServlet;
import org.seatkeeper.app.web.PathRoutes;
import org.seatkeeper.batch.usage.LicenseUsageJobConfiguration;
import org.seatkeeper.batch.usage.LicenseUsageRuns;
import org.seatkeeper.db.accounts.ProviderAccountRepository;
import org.seatkeeper.db.customers.CustomerRepository;
import org.seatkeeper.db.providers.ProviderRepository;
import org.seatkeeper.db.settings.SettingsRepository;
import org.seatkeeper.db.usage.CustomerTenantRepository;
import org.seatkeeper.db.usage.LicenseSubscriptionRepository;
import org.seatkeeper.db.usage.SkuMappingRepository;
import org.seatkeeper.db.usage.TenantLicenseRepository;

/**
 * Tenant licenses: a customer's Licenses tab (link its tenant, see its licenses, Refresh), the list of linked
 * customers (/licenses, read them all), the SKU mapping table, and the license usage job on the jobs engine.
 */
public final class UsageWiring {

    /**
     * What the customers feature mounts under /customers/{id}/licenses, and whether the night has tenants to read
     * (without any, the nightly chain passes over the license usage step).
     */
    public record Usage(PathRoutes customerLicenses, LicenseUsageStarts starts, BooleanSupplier anyTenantLinked) {
    }

    private UsageWiring() {
    }

    public static Usage register(AppContext app, JobsEngine jobs) {
        var dsl = app.database().dsl();
        LicenseUsageJobConfiguration job = new LicenseUsageJobConfiguration(jobs.batch(), app.database(), jobs.connectors(),
                app.clock());
        job.registerWith(jobs.runner());
        LicenseUsageStarts starts = new LicenseUsageStarts(jobs.runner(), new LicenseUsageRuns(jobs.batch(), job),
                new SettingsRepository(dsl), app.audit(), app.database().transactions(), app.clock());
        CustomerRepository customers = new CustomerRepository(dsl);
        CustomerTenantRepository tenants = new CustomerTenantRepository(dsl);
        SkuMappingRepository mappings = new SkuMappingRepository(dsl);
        TenantChoices choices = new TenantChoices(new ProviderAccountRepository(dsl), new ProviderRepository(dsl));
        CustomerLicensesServlet licenses = new CustomerLicensesServlet(app.pages(), customers, tenants,
                new TenantLicenseRepository(dsl), mappings, new LicenseSubscriptionRepository(dsl), choices, starts,
                new LicenseLinkLabels(new LicenseLinkRepository(dsl), new BillingProfileRepository(dsl), new PsaDataRepository(dsl),
                        new UnlinkedLicenses(dsl), new LinkAdditionRepository(dsl)));
        TenantLinks links = new TenantLinks(tenants, choices, app.audit(), app.database().transactions(), app.clock());
        PathRoutes customerRoutes = new PathRoutes(new NotFoundServlet(app.pages()))
                .add("/customers/[0-9]+/licenses", licenses)
                .add("/customers/[0-9]+/licenses/tenant", new TenantLinkServlet(app.pages(), customers, links, starts, licenses))
                .add("/customers/[0-9]+/licenses/refresh", new LicenseRefreshServlet(app.pages(), tenants, starts));
        SkuMappingFormServlet mappingForm = new SkuMappingFormServlet(app.pages(), mappings,
                new SkuMappings(mappings, app.audit(), app.database().transactions(), app.clock()));
        app.web().route("/licenses", new LinkedTenantsServlet(app.pages(), tenants, starts))
                .route("/licenses/*", new PathRoutes(new NotFoundServlet(app.pages()))
                        .add("/licenses/sku-mappings", new SkuMappingsServlet(app.pages(), mappings))
                        .add("/licenses/sku-mappings/(new|[0-9]+)", mappingForm));
        return new Usage(customerRoutes, starts, () -> tenants.countLinked() > 0);
    }

    /** The menu entry, added where it belongs in the menu (after the billing pages). */
    public static void addMenu(AppContext app) {
        app.navigation().add("licenses", "Licenses", "/licenses");
    }
}
