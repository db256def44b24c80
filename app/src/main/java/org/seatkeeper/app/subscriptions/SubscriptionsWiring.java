package org.seatkeeper.app.subscriptions;

import org.seatkeeper.app.context.AppContext;
import org.seatkeeper.app.web.NotFoundServlet;
import org.seatkeeper.app.web.PathRoutes;
import org.seatkeeper.app.imports.ImportsWiring;
import org.seatkeeper.billing.pricing.SubscriptionPricing;
import org.seatkeeper.billing.subscriptions.LicenseLedger;
import org.seatkeeper.billing.subscriptions.LogCorrections;
import org.seatkeeper.billing.subscriptions.ManualChanges;
import org.seatkeeper.billing.subscriptions.SubscriptionReplacement;
import org.seatkeeper.billing.subscriptions.TermsEdits;
import org.seatkeeper.db.catalog.ProductRepository;
import org.seatkeeper.db.contracts.BillingContractRepository;
import org.seatkeeper.db.contracts.BillingViews;
import org.seatkeeper.db.pricing.PriceRuleRepository;
import org.seatkeeper.db.pricing.SubscriptionPrices;
import org.seatkeeper.db.subscriptions.LicenseChangeRepository;
import org.seatkeeper.db.subscriptions.SubscriptionRepository;

/**
 * Subscription pages: terms, the license change log with archiving, manual changes, and the replacement; the CSV
 * import's pages share their address prefix ({@link ImportsWiring}).
 */
public final class SubscriptionsWiring {

    private SubscriptionsWiring() {
    }

    public static void register(AppContext app) {
        var dsl = app.database().dsl();
        var clock = app.clock();
        var transactions = app.database().transactions();
        SubscriptionRepository subscriptions = new SubscriptionRepository(dsl, clock);
        LicenseChangeRepository changes = new LicenseChangeRepository(dsl, clock);
        BillingContractRepository contracts = new BillingContractRepository(dsl, clock);
        LicenseLedger ledger = new LicenseLedger(subscriptions, changes, app.audit());
        SubscriptionPricing pricing = new SubscriptionPricing(new PriceRuleRepository(dsl, clock),
                new SubscriptionPrices(dsl), changes);
        ProductRepository products = new ProductRepository(dsl, clock);
        SubscriptionView view = new SubscriptionView(subscriptions, changes, contracts, products, pricing, clock);
        BillingViews views = new BillingViews(dsl);
        PathRoutes routes = ImportsWiring.addTo(new PathRoutes(new NotFoundServlet(app.pages())), app, subscriptions,
                changes, pricing, contracts, views);
        app.web().route("/subscriptions/*", routes
                .add("/subscriptions/new", new ManualSubscriptionServlet(app.pages(), ledger, pricing, transactions, contracts,
                        new ProductRepository(dsl, clock), views, clock))
                .add("/subscriptions/[0-9]+", new SubscriptionServlet(app.pages(), subscriptions, view))
                .add("/subscriptions/[0-9]+/terms", new TermsServlet(app.pages(), new TermsEdits(subscriptions,
                        products, contracts, changes, pricing, app.audit()), transactions, products, subscriptions,
                        view))
                .add("/subscriptions/[0-9]+/correction", new CorrectionServlet(app.pages(),
                        new LogCorrections(subscriptions, changes, app.audit()), transactions, subscriptions, view))
                .add("/subscriptions/[0-9]+/change", new SubscriptionChangeServlet(app.pages(), new ManualChanges(ledger), transactions,
                        subscriptions, view))
                .add("/subscriptions/[0-9]+/events/[0-9]+/archive", new EventArchiveServlet(app.pages(), ledger,
                        transactions, subscriptions, view))
                .add("/subscriptions/[0-9]+/replace", new ReplacementServlet(app.pages(),
                        new SubscriptionReplacement(transactions, subscriptions, changes, ledger, app.audit(), clock),
                        subscriptions, views)));
    }
}
