package org.seatkeeper.app.imports;

import org.seatkeeper.app.context.AppContext;
import org.seatkeeper.app.web.PathRoutes;
import org.seatkeeper.billing.pricing.SubscriptionPricing;
import org.seatkeeper.db.catalog.ProductRepository;
import org.seatkeeper.db.contracts.BillingContractRepository;
import org.seatkeeper.db.contracts.BillingViews;
import org.seatkeeper.db.imports.ColumnMappingRepository;
import org.seatkeeper.db.subscriptions.LicenseChangeRepository;
import org.seatkeeper.db.subscriptions.SubscriptionRepository;

/**
 * The CSV import of a contract's subscriptions. Its pages live under /subscriptions/ (their addresses did not change
 * when the feature got its own package), so it adds them to the subscription pages' routes.
 */
public final class ImportsWiring {

    private ImportsWiring() {
    }

    public static PathRoutes addTo(PathRoutes subscriptionRoutes, AppContext app, SubscriptionRepository subscriptions,
                                   LicenseChangeRepository changes, SubscriptionPricing pricing,
                                   BillingContractRepository contracts, BillingViews views) {
        var dsl = app.database().dsl();
        CsvImport imports = new CsvImport(subscriptions, changes, new ProductRepository(dsl, app.clock()), pricing,
                new ColumnMappingRepository(dsl), app.audit(), app.database().transactions(), app.clock());
        return subscriptionRoutes
                .add("/subscriptions/import", new ImportServlet(app.pages(), imports, contracts, views))
                .add("/subscriptions/import/confirm", new ImportConfirmServlet(app.pages(), imports, contracts));
    }
}
