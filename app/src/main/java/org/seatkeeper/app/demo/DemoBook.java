package org.seatkeeper.app.demo;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.seatkeeper.app.catalog.CatalogService;
import org.seatkeeper.app.context.AppContext;
import org.seatkeeper.app.jobs.JobsEngine;
import org.seatkeeper.app.reports.MorningReports;
import org.seatkeeper.batch.jobs.JobRequest;
import org.seatkeeper.batch.mismatch.MismatchJobConfiguration;
import org.seatkeeper.billing.pricing.SubscriptionPricing;
import org.seatkeeper.db.catalog.Product;
import org.seatkeeper.db.catalog.ProductDetails;
import org.seatkeeper.db.catalog.ProductEdits;
import org.seatkeeper.db.catalog.ProductFilter;
import org.seatkeeper.db.catalog.ProductRepository;
import org.seatkeeper.db.pricing.PriceRuleRepository;
import org.seatkeeper.db.subscriptions.LicenseChangeRepository;
import org.seatkeeper.db.pricing.SubscriptionPrices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rest of the demo book, once its customers are billed (DemoBilling): what a reseller finds on a morning after a
 * few weeks with Seatkeeper. Usage-billed products (the Azure plan, which no license price sheet lists) are priced at
 * zero, as they are billed by consumption outside Seatkeeper; then a reconciliation run sees the book as it now is and
 * the morning report is mailed (to the demo's mail server). Done once per data directory (a marker file in the demo
 * directory); each step is done as "demo" and audited like a person's; a failure only logs.
 */
final class DemoBook {

    private static final Logger LOG = LoggerFactory.getLogger(DemoBook.class);
    private static final String ACTOR = "demo";
    private static final Duration PATIENCE = Duration.ofMinutes(2);

    private final AppContext app;
    private final JobsEngine jobs;
    private final MorningReports reports;
    private final Path done;

    DemoBook(AppContext app, JobsEngine jobs, MorningReports reports, Path demoDirectory) {
        this.app = app;
        this.jobs = jobs;
        this.reports = reports;
        this.done = demoDirectory.resolve("book-written");
    }

    void write() {
        if (Files.exists(done)) {
            return;
        }
        try {
            priceUsageBilledProducts();
            reconcile();
            reports.sendNow(List.of(DemoSettings.NOTIFIED));
            Files.writeString(done, "The demo book was written on " + LocalDate.now(app.clock()) + "\n");
            LOG.info("Demo: book written (products priced, reconciliation run, morning report mailed)");
        } catch (IOException | RuntimeException e) {
            LOG.warn("Demo: the demo book was not finished: {}", e.getMessage());
        }
    }

    private void priceUsageBilledProducts() {
        var dsl = app.database().dsl();
        ProductRepository products = new ProductRepository(dsl, app.clock());
        CatalogService catalog = new CatalogService(products, new ProductEdits(dsl), new SubscriptionPricing(
                new PriceRuleRepository(dsl, app.clock()), new SubscriptionPrices(dsl), new LicenseChangeRepository(dsl, app.clock())),
                app.audit(), app.database().transactions(), app.clock());
        for (Product product : products.search(new ProductFilter("Azure plan", null, true), 0, 100)) {
            catalog.edit(ACTOR, product, new ProductDetails(product.name(), BigDecimal.ZERO, BigDecimal.ZERO), product.version());
        }
    }

    private void reconcile() {
        long id = jobs.runner().startWhenFree(MismatchJobConfiguration.JOB_NAME,
                JobRequest.manual(null, LocalDate.now(app.clock()), ACTOR), PATIENCE).executionId();
        jobs.runner().awaitCompletion(id, PATIENCE);
    }
}
