package org.seatkeeper.app.catalog;

import org.seatkeeper.app.context.AppContext;
import org.seatkeeper.app.web.NotFoundServlet;
import org.seatkeeper.app.web.PathRoutes;
import org.seatkeeper.billing.pricing.SubscriptionPricing;
import org.seatkeeper.db.catalog.ProductEdits;
import org.seatkeeper.db.catalog.ProductFilter;
import org.seatkeeper.db.catalog.ProductRepository;
import org.seatkeeper.db.pricing.PriceRuleRepository;
import org.seatkeeper.db.pricing.SubscriptionPrices;
import org.seatkeeper.db.subscriptions.LicenseChangeRepository;

/** The product catalog: list, add, edit (name and amounts); a menu badge counts the products whose price is missing. */
public final class CatalogWiring {

    private CatalogWiring() {
    }

    public static void register(AppContext app) {
        ProductRepository products = new ProductRepository(app.database().dsl(), app.clock());
        var dsl = app.database().dsl();
        SubscriptionPricing pricing = new SubscriptionPricing(new PriceRuleRepository(dsl, app.clock()),
                new SubscriptionPrices(dsl), new LicenseChangeRepository(dsl, app.clock()));
        CatalogService service = new CatalogService(products, new ProductEdits(dsl), pricing, app.audit(),
                app.database().transactions(), app.clock());
        ProductFormServlet form = new ProductFormServlet(app.pages(), service, products);
        app.web().route("/products", new ProductsServlet(app.pages(), products))
                .route("/products/*", new PathRoutes(new NotFoundServlet(app.pages()))
                        .add("/products/new", form)
                        .add("/products/[0-9]+", form));
        app.navigation().add("products", "Products", "/products",
                () -> products.count(new ProductFilter(null, null, true)));
    }
}
