package org.seatkeeper.app.demo;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.seatkeeper.app.catalog.CatalogService;
import org.seatkeeper.app.context.AppContext;
import org.seatkeeper.app.jobs.JobsEngine;
import org.seatkeeper.app.onboarding.OnboardingStarts;
import org.seatkeeper.app.onboarding.OnboardingWiring;
import org.seatkeeper.app.reports.MorningReports;
import org.seatkeeper.batch.jobs.JobRequest;
import org.seatkeeper.batch.mismatch.MismatchJobConfiguration;
import org.seatkeeper.billing.pricing.SubscriptionPricing;
import org.seatkeeper.db.catalog.Product;
import org.seatkeeper.db.catalog.ProductDetails;
import org.seatkeeper.db.catalog.ProductEdits;
import org.seatkeeper.db.catalog.ProductFilter;
import org.seatkeeper.db.catalog.ProductRepository;
import org.seatkeeper.db.customers.ContactDetails;
import org.seatkeeper.db.customers.CustomerDetails;
import org.seatkeeper.db.onboarding.OnboardingPath;
import org.seatkeeper.db.providers.ProviderRepository;
import org.seatkeeper.emulator.ProspectTenant;
import org.seatkeeper.emulator.ProviderEmulator;
import org.seatkeeper.db.pricing.PriceRuleRepository;
import org.seatkeeper.db.subscriptions.LicenseChangeRepository;
import org.seatkeeper.db.pricing.SubscriptionPrices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rest of the demo book, once its customers are billed (DemoBilling): what a reseller finds on a morning after a
 * few weeks with Seatkeeper. Usage-billed products (the Azure plan, which no license price sheet lists) are priced at
 * zero, as they are billed by consumption outside Seatkeeper; three customers are left half-onboarded (one invited by
 * mail); one synced subscription is entered again by hand, ready to be replaced (DemoReplacement); the PSA sync runs,
 * a seat left idle and a hand edit in ConnectWise for it to find (DemoPsaSync); then a reconciliation run sees the book
 * as it now is and the morning report is mailed (to the demo's mail server). Done once per data directory (a marker file in the demo
 * directory); each step is done as "demo" and audited like a person's; a failure only logs.
 */
final class DemoBook {

    private static final Logger LOG = LoggerFactory.getLogger(DemoBook.class);
    private static final String ACTOR = "demo";
    private static final Duration PATIENCE = Duration.ofMinutes(2);
    private static final String MARKER = "book-written";

    private final AppContext app;
    private final JobsEngine jobs;
    private final MorningReports reports;
    private final ProviderEmulator emulator;
    private final Path done;

    DemoBook(AppContext app, JobsEngine jobs, MorningReports reports, ProviderEmulator emulator, Path demoDirectory) {
        this.app = app;
        this.jobs = jobs;
        this.reports = reports;
        this.emulator = emulator;
        this.done = demoDirectory.resolve(MARKER);
    }

    /** Whether an earlier run on this data directory wrote the book. */
    static boolean written(Path demoDirectory) {
        return Files.exists(demoDirectory.resolve(MARKER));
    }

    /** @param stopping true once Seatkeeper stops: the book is left unwritten (and written at the next start) */
    void write(BooleanSupplier stopping) {
        if (Files.exists(done) || stopping.getAsBoolean()) {
            return;
        }
        try {
            priceUsageBilledProducts();
            startOnboardings();
            new DemoReplacement(app).enterByHand();
            if (stopping.getAsBoolean()) {
                return;
            }
            syncToThePsa();
            reconcile();
            reports.sendNow(List.of(DemoSettings.NOTIFIED));
            Files.writeString(done, "The demo book was written on " + LocalDate.now(app.clock()) + "\n");
            LOG.info("Demo: book written (products priced, onboardings started, a manual subscription to replace, PSA synced,"
                    + " reconciliation run, morning report mailed)");
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

    /**
     * Three customers on their way in: one invited through Partner Center (a Microsoft tenant that exists and is not
     * ours yet: accepting it in the emulator, then an account sync, maps it), one waiting for its new tenant, one
     * that has not chosen a provider.
     */
    private void startOnboardings() {
        OnboardingStarts onboarding = OnboardingWiring.starts(app, jobs);
        long partnerCenter = new ProviderRepository(app.database().dsl()).list().stream()
                .filter(p -> p.name().equals("Demo Partner Center")).findFirst().orElseThrow().id();
        ProspectTenant prospect = emulator.control().prospects().get(0);
        long invited = onboarding.start(ACTOR, new CustomerDetails(prospect.companyName(), prospect.domain(), "400 Lake Street",
                null, "Seattle", "WA", "98101", "US", "+1 206 555 0199"), new ContactDetails("Jordan", "Lee",
                "jordan.lee@" + prospect.domain(), "+1 206 555 0100"));
        onboarding.chooseProvider(ACTOR, invited, partnerCenter, OnboardingPath.INVITATION);
        onboarding.invite(ACTOR, invited);
        long newTenant = onboarding.start(ACTOR, new CustomerDetails("Wingtip Toys Demo", "wingtiptoysdemo.example",
                "9 Market Square", null, "Portland", "OR", "97205", "US", "+1 503 555 0170"), new ContactDetails("Avery",
                "Brooks", "avery@wingtiptoysdemo.example", "+1 503 555 0171"));
        onboarding.chooseProvider(ACTOR, newTenant, partnerCenter, OnboardingPath.NEW_TENANT);
        onboarding.start(ACTOR, new CustomerDetails("Trey Research Demo", "treyresearchdemo.example", "1 Science Park",
                null, "Austin", "TX", "78701", "US", "+1 512 555 0120"), new ContactDetails("Sam", "Patel",
                "sam@treyresearchdemo.example", "+1 512 555 0121"));
    }

    /** The PSA sync's morning (DemoPsaSync); a failure there leaves the rest of the book to be written. */
    private void syncToThePsa() {
        try {
            new DemoPsaSync(app, jobs, emulator).run();
        } catch (RuntimeException e) {
            LOG.warn("Demo: the PSA sync of the demo book did not finish: {}", e.getMessage());
        }
    }

    private void reconcile() {
        long id = jobs.runner().startWhenFree(MismatchJobConfiguration.JOB_NAME,
                JobRequest.manual(null, LocalDate.now(app.clock()), ACTOR), PATIENCE).executionId();
        jobs.runner().awaitCompletion(id, PATIENCE);
    }
}
