package org.seatkeeper.batch.psasync.bench;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.seatkeeper.batch.jobs.BatchInfrastructure;
import org.seatkeeper.batch.jobs.JobRequest;
import org.seatkeeper.batch.jobs.JobRunner;
import org.seatkeeper.batch.psa.PsaClients;
import org.seatkeeper.batch.psa.PsaKeys;
import org.seatkeeper.batch.psa.PsaRefreshJobConfiguration;
import org.seatkeeper.batch.psasync.PsaLicenseSyncJobConfiguration;
import org.seatkeeper.db.Database;
import org.seatkeeper.db.customers.CustomerDetails;
import org.seatkeeper.db.customers.CustomerRepository;
import org.seatkeeper.db.psa.PsaAgreement;
import org.seatkeeper.db.psa.PsaCompany;
import org.seatkeeper.db.psa.PsaConnectionDetails;
import org.seatkeeper.db.psa.PsaConnectionRepository;
import org.seatkeeper.db.psa.PsaDataRepository;
import org.seatkeeper.db.psa.PsaProduct;
import org.seatkeeper.db.psabilling.BillingProfileDetails;
import org.seatkeeper.db.psabilling.BillingProfileRepository;
import org.seatkeeper.db.psabilling.LicenseLinkDetails;
import org.seatkeeper.db.psabilling.LicenseLinkRepository;
import org.seatkeeper.db.psabilling.QuantitySource;
import org.seatkeeper.db.psabilling.SkuTerm;
import org.seatkeeper.db.secrets.SecretBox;
import org.seatkeeper.db.usage.LicenseReading;
import org.seatkeeper.db.usage.SkuMapping;
import org.seatkeeper.db.usage.SkuMappingRepository;
import org.seatkeeper.db.usage.TenantLicense;
import org.seatkeeper.db.usage.TenantLicenseRepository;
import org.seatkeeper.emulator.Api;
import org.seatkeeper.emulator.DemoCredentials;
import org.seatkeeper.emulator.EmulatorSettings;
import org.seatkeeper.emulator.FaultSettings;
import org.seatkeeper.emulator.ProviderEmulator;
import org.seatkeeper.providers.http.TransportSettings;

/**
 * The daily PSA sync of {@code tenants} customers x {@code links} license links (one agreement each) against the
 * emulated ConnectWise with a rate limit and added latency, into a FILE database (not a unit test). Prints, for the
 * first run (every addition to add) and an idempotent second run (nothing changed): wall time, ConnectWise requests,
 * 429s, and the time the rate limit alone needs for those requests (requests / limit), with their ratio.
 *
 * <p>Arguments: [tenants, default 1000] [links per tenant, default 10, at most 13 (the seeded SKU mappings)]
 * [requests per second, default 10: the client's documented default for ConnectWise, whose numbers are not public;
 * the emulator enforces it with 429 and Retry-After, the client runs at 95% of it] [added latency ms, default 20]
 * [{@code second-only}: the first run adds everything without a limit, only the idempotent second run is measured]. Rerun: docs/benchmarks.md, "PSA sync".
 */
public final class PsaSyncBenchmark {

    private static final String SYNCED = "Microsoft 365 (synced) ";

    private PsaSyncBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int tenants = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int links = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int rps = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int latencyMs = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        boolean quickFirst = args.length > 4 && args[4].equals("second-only");
        FaultSettings faults = FaultSettings.none().withRequestsPerSecondLimit(rps).withAddedLatency(Duration.ofMillis(latencyMs));
        Path dir = Files.createTempDirectory("sk-bench-psasync");
        Clock clock = Clock.systemUTC();
        try (ProviderEmulator emulator = ProviderEmulator.start(EmulatorSettings.defaults().withPort(0).withTenants(tenants)
                .withProspects(0).withSubscriptionsPerTenant(1));
             Database db = Database.openFile(dir);
             BatchInfrastructure batch = new BatchInfrastructure(db.dataSource(), db.transactionManager(), 2)) {
            PsaKeys keys = new PsaKeys(SecretBox.ephemeral());
            DemoCredentials.ConnectWise cw = emulator.credentials().connectWise();
            db.transactions().run(() -> new PsaConnectionRepository(db.dsl()).create(new PsaConnectionDetails(
                    emulator.baseUri().resolve("/connectwise/").toString(), cw.companyId(), cw.clientId(), "USD"),
                    keys.encrypt(new PsaKeys.Pair(cw.publicKey(), cw.privateKey())), "bench", clock.instant()));
            // the client keeps 5% under the limit: its permits come every 100 ms, so at the limit itself some 1-s windows
            // would get 11 requests, and each 429 costs a whole second (Retry-After)
            PsaClients clients = new PsaClients(new PsaConnectionRepository(db.dsl()), keys,
                    TransportSettings.defaults().withRequestsPerSecond(rps * 0.95), clock);
            JobRunner runner = new JobRunner(batch);
            new PsaRefreshJobConfiguration(batch, db, clients, clock).registerWith(runner);
            new PsaLicenseSyncJobConfiguration(batch, db, clients, clock).registerWith(runner);

            long setup = System.nanoTime();
            // only some generated tenants are ConnectWise companies: the customers share them, an agreement each
            List<Long> companies = emulator.control().psaAgreements(0).stream().map(a -> a.companyId()).distinct().sorted()
                    .toList();
            // a fresh agreement per customer: the generated ones carry hand-made additions (a cut-over, not a sync)
            for (int i = 0; i < tenants; i++) {
                emulator.control().addPsaAgreement(companies.get(i % companies.size()), SYNCED + i, "Microsoft 365",
                        "Active", true);
            }
            run(runner, PsaRefreshJobConfiguration.JOB_NAME, clock);
            int linked = link(db, clock, tenants, links);
            System.out.printf("setup: %,d customers x %d links = %,d links in %.1f s%n", tenants, links, linked,
                    (System.nanoTime() - setup) / 1e9);

            if (quickFirst) {
                // only the idempotent run is measured: the first adds every addition without a limit
                try (BatchInfrastructure unlimited = new BatchInfrastructure(db.dataSource(), db.transactionManager(), 2)) {
                    JobRunner fast = new JobRunner(unlimited);
                    new PsaLicenseSyncJobConfiguration(unlimited, db, new PsaClients(new PsaConnectionRepository(db.dsl()),
                            keys, TransportSettings.defaults().withRequestsPerSecond(100_000), clock), clock).registerWith(fast);
                    System.out.printf("first run, no limit (setting up): %s%n",
                            run(fast, PsaLicenseSyncJobConfiguration.JOB_NAME, clock));
                }
                emulator.control().setFaults(Api.CONNECTWISE, faults);
            } else {
                emulator.control().setFaults(Api.CONNECTWISE, faults);
                measure("first run (adds every addition)", emulator, runner, clock, rps);
            }
            measure("second run (nothing changed)", emulator, runner, clock, rps);
            emulator.control().clearFaults(Api.CONNECTWISE);
            long additions = emulator.control().psaAgreements(0).stream().filter(a -> a.name().startsWith(SYNCED))
                    .mapToLong(a -> emulator.control().psaAdditions(a.id()).size()).sum();
            System.out.printf("additions in the synced agreements: %,d (links: %,d)%n", additions, linked);
            System.out.printf("load average: %s%n", Files.readString(Path.of("/proc/loadavg")).trim());
        }
    }

    private static void measure(String what, ProviderEmulator emulator, JobRunner runner, Clock clock, int rps) {
        int requests = emulator.control().requestCount(Api.CONNECTWISE);
        int throttled = emulator.control().throttledCount(Api.CONNECTWISE);
        long start = System.nanoTime();
        String status = run(runner, PsaLicenseSyncJobConfiguration.JOB_NAME, clock);
        double seconds = (System.nanoTime() - start) / 1e9;
        int made = emulator.control().requestCount(Api.CONNECTWISE) - requests;
        int refused = emulator.control().throttledCount(Api.CONNECTWISE) - throttled;
        double floor = (double) made / rps;
        System.out.printf("%s: %s in %.1f s; %,d ConnectWise requests (%,d answered 429); requests / limit = %.1f s;"
                + " ratio %.3f%n", what, status, seconds, made, refused, floor, seconds / floor);
    }

    private static String run(JobRunner runner, String job, Clock clock) {
        long id = runner.start(job, JobRequest.manual(null, LocalDate.now(clock), "bench")).executionId();
        return runner.awaitCompletion(id, Duration.ofHours(2)).toString();
    }

    /** A customer per synced agreement, its tenant's licenses, a profile per SKU, a link per license on that agreement. */
    private static int link(Database db, Clock clock, int tenants, int links) {
        return db.transactions().inTransaction(() -> {
            var dsl = db.dsl();
            PsaDataRepository psa = new PsaDataRepository(dsl);
            List<SkuMapping> skus = new SkuMappingRepository(dsl).list().subList(0, links);
            List<PsaProduct> products = psa.products();
            long m365 = psa.agreementTypes().stream().filter(t -> t.name().equals("Microsoft 365")).findFirst().orElseThrow().id();
            List<Long> profiles = new ArrayList<>();
            for (int i = 0; i < skus.size(); i++) {
                profiles.add(new BillingProfileRepository(dsl).create(new BillingProfileDetails("Bench " + skus.get(i).name(),
                        products.get(i % products.size()).id(), new BigDecimal("12.50"), new BigDecimal("10.00"), "USD",
                        Set.of(m365), Set.of(new SkuTerm(skus.get(i).skuId(), "P1M"))), "bench", clock.instant()));
            }
            CustomerRepository customers = new CustomerRepository(dsl);
            TenantLicenseRepository licenses = new TenantLicenseRepository(dsl);
            LicenseLinkRepository linkRepository = new LicenseLinkRepository(dsl);
            int made = 0;
            List<PsaAgreement> agreements = new ArrayList<>();
            for (PsaCompany company : psa.companies()) {
                psa.agreements(company.id(), true).stream().filter(a -> a.name().startsWith(SYNCED)).forEach(agreements::add);
            }
            for (PsaAgreement agreement : agreements) {
                long customer = customers.insert(CustomerDetails.named("Bench customer " + agreement.id(), null),
                        clock.instant());
                List<LicenseReading> readings = new ArrayList<>();
                for (int i = 0; i < skus.size(); i++) {
                    int purchased = 5 + (int) ((agreement.id() + i) % 20);
                    readings.add(new LicenseReading(skus.get(i).skuId(), skus.get(i).skuPartNumber(), skus.get(i).name(),
                            purchased, purchased - 1, 0, 0, "Enabled", List.of("user" + i + "@" + agreement.id() + ".example")));
                }
                licenses.save(customer, readings, clock.instant());
                for (TenantLicense license : licenses.licenses(customer)) {
                    int i = skus.stream().map(SkuMapping::skuId).toList().indexOf(
                            skus.stream().map(SkuMapping::skuId).filter(s -> s.equalsIgnoreCase(license.skuId())).findFirst().orElseThrow());
                    linkRepository.create(license.id(), new LicenseLinkDetails(profiles.get(i), agreement.id(),
                            LocalDate.now(clock).minusDays(10), true, 0, true, QuantitySource.PURCHASED), "bench", clock.instant());
                    made++;
                }
            }
            return made;
        });
    }
}
