package org.seatkeeper.batch.subscriptionsync.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.seatkeeper.batch.accounts.ProviderAccountSyncJobConfiguration;
import org.seatkeeper.batch.accounts.SyncSettings;
import org.seatkeeper.batch.jobs.BatchInfrastructure;
import org.seatkeeper.batch.jobs.JobRequest;
import org.seatkeeper.batch.jobs.JobRunner;
import org.seatkeeper.batch.jobs.StepCounters;
import org.seatkeeper.batch.providers.ConnectorFactory;
import org.seatkeeper.batch.providers.CredentialsCodec;
import org.seatkeeper.batch.subscriptionsync.SubscriptionSyncJobConfiguration;
import org.seatkeeper.batch.subscriptionsync.SubscriptionSyncSettings;
import org.seatkeeper.db.Database;
import org.seatkeeper.db.providers.ProviderDetails;
import org.seatkeeper.db.providers.ProviderRepository;
import org.seatkeeper.db.secrets.SecretBox;
import org.seatkeeper.emulator.Api;
import org.seatkeeper.emulator.DemoCredentials;
import org.seatkeeper.emulator.EmulatorSettings;
import org.seatkeeper.emulator.ProviderEmulator;
import org.seatkeeper.providers.http.TransportSettings;
import org.springframework.batch.core.BatchStatus;

/**
 * Subscription sync of 10,000 tenants x 20 subscriptions (200,000) from the emulator on loopback (no added latency)
 * into a FILE database in a temp dir (not a unit test). Prints the first sync and the idempotent second sync in
 * subscriptions per second (and its writer's database work alone), for comparison plain JDBC batches writing the
 * same rows (subscriptions and their events) into the real schema of a fresh file database, a bare one-table MERGE,
 * and the peak heap. Run it with -Xmx512m; rerun commands in the package README.
 * Arguments: tenants (10000), subscriptions per tenant (20), fetch threads (4), chunk size in accounts (50), warm-up
 * tenants (500), rounds (3: round 1 cold, the last a JVM that has run both before); or {@code plain} alone for plain JDBC in a JVM of its own.
 */
public final class SubscriptionSyncBenchmark {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate NIGHT = LocalDate.of(2026, 11, 23);

    // heap and thread CPU readings (a daemon thread, so it ends with main)
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "bench-sampler");
        thread.setDaemon(true);
        return thread;
    });

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("plain")) {
            // plain JDBC alone in a fresh JVM, after the same 500-tenant warm-up the sync gets
            sameRowsPlain(500, 20, 500 * 20, false);
            sameRowsPlain(10_000, 20, 218_123, true);
            return;
        }
        int tenants = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int perTenant = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        int chunk = args.length > 3 ? Integer.parseInt(args[3]) : 50;
        AtomicLong peak = new AtomicLong();
        // heap in use, sampled every 50 ms by a periodic task for the whole run
        ScheduledExecutorService sampler = TIMER;
        List<MemoryPoolMXBean> heap = heapPools();
        sampler.scheduleAtFixedRate(() -> peak.accumulateAndGet(
                heap.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum(), Math::max),
                0, 50, TimeUnit.MILLISECONDS);

        int warmUpTenants = args.length > 4 ? Integer.parseInt(args[4]) : 500;
        // rounds > 1: the full-size sync, then plain JDBC, run that many times each (fresh database and emulator
        // every time), so the last round is a JVM that has compiled both: a server's second night, not its first
        int rounds = args.length > 5 ? Integer.parseInt(args[5]) : 3;
        run(warmUpTenants, perTenant, threads, chunk, false); // JIT warm-up
        int n = tenants * perTenant;
        List<double[]> syncs = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            System.out.printf("%n-- sync, round %d of %d%n", round, rounds);
            syncs.add(run(tenants, perTenant, threads, chunk, true));
        }
        plainMerge(Math.min(20_000, n), false);
        double bare = plainMerge(n, true);
        sameRowsPlain(Math.min(500, tenants), perTenant, Math.min(500, tenants) * perTenant, false);
        List<double[]> plains = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            plains.add(sameRowsPlain(tenants, perTenant, (long) syncs.get(0)[2], true));
        }
        System.out.println();
        for (int round = 1; round <= rounds; round++) {
            double[] sync = syncs.get(round - 1);
            double[] plain = plains.get(round - 1);
            double job = n / sync[0];
            double writer = n / sync[3];
            double writerCpu = n / sync[4];
            System.out.printf("SUMMARY round %d of %d, %,d subscriptions: first sync %.1f s = %.0f subscriptions/s"
                            + " (writer alone %.1f s = %.0f subscriptions/s, its CPU %.1f s); second sync %.1f s = %.0f"
                            + " subscriptions/s; plain JDBC of the same rows %.0f subscriptions/s (bare one-table MERGE"
                            + " %.0f rows/s); whole job / plain = %.0f%%; writer / plain = %.0f%% (wall), %.0f%% (CPU)%n",
                    round, rounds, n, sync[0], job, sync[3], writer, sync[4], sync[1], n / sync[1], plain[0], bare,
                    100 * job / plain[0], 100 * writer / plain[0], 100 * writerCpu / plain[1]);
        }
        System.out.printf("peak heap used %d MB (max %d MB)%n", peak.get() >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
    }

    /** @return seconds of the first and second subscription sync, the first's events, and its writer's seconds */
    private static double[] run(int tenants, int perTenant, int threads, int chunk, boolean print) throws Exception {
        Path dir = Files.createTempDirectory("sk-subsync-bench");
        try (ProviderEmulator emulator = ProviderEmulator.start(EmulatorSettings.defaults().withTenants(tenants)
                .withSubscriptionsPerTenant(perTenant));
             Database db = Database.openFile(dir)) {
            ProviderRepository providers = new ProviderRepository(db.dsl());
            CredentialsCodec codec = new CredentialsCodec(SecretBox.ephemeral());
            DemoCredentials.PartnerCenter pc = emulator.credentials().partnerCenter();
            long providerId = providers.insert(new ProviderDetails("Partner Center", "PARTNER_CENTER", true, "USD",
                            emulator.apiBaseUri(Api.PARTNER_CENTER).toString(),
                            emulator.tokenUri(Api.PARTNER_CENTER).toString(), Set.of("US")),
                    codec.encrypt(Map.of("partnerTenantId", pc.partnerTenantId(), "clientId", pc.clientId(),
                            "clientSecret", pc.clientSecret(), "refreshToken", pc.refreshToken())),
                    CLOCK.instant());
            TransportSettings transport = TransportSettings.defaults().withRequestsPerSecond(1_000_000);
            ConnectorFactory connectors = new ConnectorFactory(providers, codec, db.transactionManager(), transport,
                    CLOCK);
            try (BatchInfrastructure batch = new BatchInfrastructure(db.dataSource(), db.transactionManager(), 2)) {
                JobRunner runner = new JobRunner(batch);
                new ProviderAccountSyncJobConfiguration(batch, db, connectors, SyncSettings.defaults(), CLOCK)
                        .registerWith(runner);
                new SubscriptionSyncJobConfiguration(batch, db, connectors, SubscriptionSyncSettings.defaults()
                        .withFetchThreads(threads).withChunkSize(chunk), CLOCK).registerWith(runner);
                await(runner, runner.start(ProviderAccountSyncJobConfiguration.JOB_NAME,
                        JobRequest.scheduled(providerId, NIGHT)).executionId());
                mapEveryAccount(db);
                ThreadCpu cpu = ThreadCpu.start(TIMER);
                long t0 = System.nanoTime();
                long firstRun = runner.start(SubscriptionSyncJobConfiguration.JOB_NAME,
                        JobRequest.scheduled(providerId, NIGHT)).executionId();
                BatchStatus first = await(runner, firstRun);
                double firstSeconds = (System.nanoTime() - t0) / 1e9;
                if (print) {
                    cpu.stopAndPrint();
                    // the JVM's uptime, to find the run in a -XX:+LogCompilation or JFR file
                    System.out.printf("first sync ran from %.1f s to %.1f s of the JVM's uptime%n",
                            (ManagementFactory.getRuntimeMXBean().getUptime() - (System.nanoTime() - t0) / 1e6) / 1e3,
                            ManagementFactory.getRuntimeMXBean().getUptime() / 1e3);
                }
                double writerSeconds = counter(batch, firstRun, StepCounters.WRITE_NANOS);
                double writerCpuSeconds = counter(batch, firstRun, StepCounters.WRITE_CPU_NANOS);
                long rows = count(db, "SELECT COUNT(*) FROM subscription");
                long priced = count(db, "SELECT COUNT(*) FROM subscription WHERE unit_price IS NOT NULL"
                        + " AND unit_cost IS NOT NULL");
                long events = count(db, "SELECT COUNT(*) FROM license_change");
                ThreadCpu secondCpu = ThreadCpu.start(TIMER);
                long t1 = System.nanoTime();
                BatchStatus second = await(runner, runner.start(SubscriptionSyncJobConfiguration.JOB_NAME,
                        JobRequest.scheduled(providerId, NIGHT.plusDays(1))).executionId());
                double secondSeconds = (System.nanoTime() - t1) / 1e9;
                if (print) {
                    System.out.print("second sync's ");
                    secondCpu.stopAndPrint();
                } else {
                    secondCpu.stop();
                }
                long eventsAfter = count(db, "SELECT COUNT(*) FROM license_change");
                if (print) {
                    System.out.printf("first sync: %s, %,d subscriptions (%,d with a price and a cost), %,d events in"
                            + " %.1f s (%.0f/s); the writer's database work %.1f s (%.0f/s), of which its thread's CPU"
                            + " %.1f s%n", first, rows, priced, events, firstSeconds, rows / firstSeconds, writerSeconds,
                            rows / writerSeconds, writerCpuSeconds);
                    System.out.printf("second sync: %s, %,d new events in %.1f s (%.0f/s)%n", second,
                            eventsAfter - events, secondSeconds, rows / secondSeconds);
                }
                return new double[] {firstSeconds, secondSeconds, events, writerSeconds, writerCpuSeconds};
            }
        } finally {
            deleteQuietly(dir);
        }
    }

    /** One customer per account, in two set-based statements (setup, not timed). */
    private static void mapEveryAccount(Database db) throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO customer (name, created_at, updated_at) SELECT 'acct-' || id, "
                    + "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM provider_account");
            s.executeUpdate("UPDATE provider_account pa SET customer_id = (SELECT c.id FROM customer c "
                    + "WHERE c.name = 'acct-' || pa.id)");
            if (!c.getAutoCommit()) {
                c.commit();
            }
        }
    }

    /**
     * The same rows the first sync writes, with plain JDBC batches into the real schema (migrated file database, the
     * real subscription and license_change tables with their keys, indexes and foreign keys): a MERGE per
     * subscription and an INSERT per event, committed every 1,000 subscriptions. Accounts, customers, contracts and
     * products are set up first, untimed. Returns subscriptions per second of wall time and of the thread's CPU time.
     */
    private static double[] sameRowsPlain(int tenants, int perTenant, long events, boolean print) throws Exception {
        Path dir = Files.createTempDirectory("sk-subsync-same");
        try (Database db = Database.openFile(dir); Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO provider (name, kind, automatic, currency, created_at)"
                        + " VALUES ('Partner Center', 'PARTNER_CENTER', TRUE, 'USD', CURRENT_TIMESTAMP)");
                s.executeUpdate("INSERT INTO customer (name, created_at, updated_at) SELECT 'c' || x, CURRENT_TIMESTAMP,"
                        + " CURRENT_TIMESTAMP FROM UNNEST(SEQUENCE_ARRAY(1, " + tenants + ", 1)) AS t(x)");
                s.executeUpdate("INSERT INTO provider_account (provider_id, external_id, relationship_status,"
                        + " first_seen_at, last_seen_at, customer_id) SELECT 1, 'tenant-' || x, 'RESELLER',"
                        + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, x FROM UNNEST(SEQUENCE_ARRAY(1, " + tenants
                        + ", 1)) AS t(x)");
                s.executeUpdate("INSERT INTO billing_contract (customer_id, name, currency, billing_cycle, start_date,"
                        + " created_at) SELECT x, 'Main', 'USD', 'MONTHLY', DATE '2026-11-23', CURRENT_TIMESTAMP"
                        + " FROM UNNEST(SEQUENCE_ARRAY(1, " + tenants + ", 1)) AS t(x)");
                s.executeUpdate("INSERT INTO product (offer_id, name, term, billing_cycle, currency, created_at)"
                        + " SELECT 'offer-' || x, 'Product ' || x, 'P1M', 'MONTHLY', 'USD', CURRENT_TIMESTAMP"
                        + " FROM UNNEST(SEQUENCE_ARRAY(1, 40, 1)) AS t(x)");
            }
            c.commit();
            String merge = "MERGE INTO subscription t USING (VALUES (CAST(? AS BIGINT), CAST(? AS BIGINT),"
                    + " CAST(? AS BIGINT), CAST(? AS VARCHAR(100)), CAST(? AS VARCHAR(300)), CAST(? AS INTEGER),"
                    + " CAST(? AS VARCHAR(20)), CAST(? AS DATE), CAST(? AS DATE), CAST(? AS BOOLEAN), CAST(? AS DATE),"
                    + " CAST(? AS INTEGER), CAST(? AS VARCHAR(40)), CAST(? AS TIMESTAMP WITH TIME ZONE),"
                    + " CAST(? AS DECIMAL(19, 4)), CAST(? AS DECIMAL(19, 4)), CAST(? AS VARCHAR(240))))"
                    + " AS s(contract_id, product_id, provider_account_id, external_id, name, quantity, status,"
                    + " effective_date, term_end_date, auto_renew, cancellation_allowed_until, provider_quantity,"
                    + " provider_status, now, unit_price, unit_cost, provider_offer)"
                    + " ON t.provider_id = 1 AND t.external_id = s.external_id"
                    + " WHEN MATCHED THEN UPDATE SET quantity = s.quantity, status = s.status,"
                    + " term_end_date = s.term_end_date, provider_quantity = s.provider_quantity, last_synced_at = s.now"
                    + " WHEN NOT MATCHED THEN INSERT (contract_id, provider_id, product_id, provider_account_id,"
                    + " external_id, name, quantity, status, effective_date, term_end_date, auto_renew,"
                    + " cancellation_allowed_until, provider_quantity, provider_status, last_synced_at, currency,"
                    + " created_at, unit_price, unit_cost, provider_offer) VALUES (s.contract_id, 1, s.product_id,"
                    + " s.provider_account_id, s.external_id, s.name, s.quantity, s.status, s.effective_date,"
                    + " s.term_end_date, s.auto_renew, s.cancellation_allowed_until, s.provider_quantity,"
                    + " s.provider_status, s.now, 'USD', s.now, s.unit_price, s.unit_cost, s.provider_offer)";
            String event = "INSERT INTO license_change (subscription_id, event_type, quantity_change, quantity_after,"
                    + " effective_date, source, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, 'SYNC', 'sync', ?)";
            OffsetDateTime now = CLOCK.instant().atOffset(ZoneOffset.UTC);
            int n = tenants * perTenant;
            long t0 = System.nanoTime();
            long cpu0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            long eventsWritten = 0;
            Random ids = new Random(42);
            try (PreparedStatement m = c.prepareStatement(merge); PreparedStatement e = c.prepareStatement(event)) {
                for (int i = 0; i < n; i++) {
                    int quantity = 1 + i % 300;
                    m.setLong(1, i / perTenant + 1);
                    m.setLong(2, i % 40 + 1);
                    m.setLong(3, i / perTenant + 1);
                    // provider subscription ids are GUIDs, as the emulator's are: random places in the unique index
                    m.setString(4, new UUID(ids.nextLong(), ids.nextLong()).toString());
                    m.setString(5, "Microsoft 365 Business Premium");
                    m.setInt(6, quantity);
                    m.setString(7, "ACTIVE");
                    m.setObject(8, LocalDate.of(2026, 1, 1).plusDays(i % 365));
                    m.setObject(9, LocalDate.of(2027, 1, 1).plusDays(i % 365));
                    m.setBoolean(10, true);
                    m.setObject(11, LocalDate.of(2026, 1, 8).plusDays(i % 365));
                    m.setInt(12, quantity);
                    m.setString(13, "active");
                    m.setObject(14, now);
                    // the customer's price and the provider's cost, as the sync now writes them
                    m.setBigDecimal(15, new BigDecimal("22.00").add(BigDecimal.valueOf(i % 40)));
                    m.setBigDecimal(16, new BigDecimal("18.70").add(BigDecimal.valueOf(i % 40)));
                    m.setString(17, "CFQ7TTC0LCHC:" + (i % 40) + ":P1M|P1M|MONTHLY");
                    m.addBatch();
                    // the subscription's events (ids follow the insert order in this fresh table): CREATE, plus
                    // one more for as many subscriptions as the job's first run wrote extra events for
                    long perSubscription = i < events - n ? 2 : 1;
                    for (long k = 0; k < perSubscription; k++) {
                        e.setLong(1, i + 1);
                        e.setString(2, k == 0 ? "CREATE" : "SUSPEND");
                        e.setInt(3, k == 0 ? quantity : 0);
                        e.setInt(4, quantity);
                        e.setObject(5, LocalDate.of(2026, 1, 1).plusDays(i % 365));
                        e.setObject(6, now);
                        e.addBatch();
                        eventsWritten++;
                    }
                    if ((i + 1) % 1000 == 0 || i == n - 1) {
                        m.executeBatch();
                        e.executeBatch();
                        c.commit();
                    }
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            double cpuSeconds = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0) / 1e9;
            if (print) {
                System.out.printf("plain JDBC, same rows into the real schema: %,d subscriptions and %,d events in"
                        + " %.1f s (its thread's CPU %.1f s): %.0f subscriptions/s%n", n, eventsWritten, seconds,
                        cpuSeconds, n / seconds);
            }
            return new double[] {n / seconds, n / cpuSeconds};
        } finally {
            deleteQuietly(dir);
        }
    }

    /** A plain JDBC batch MERGE of n subscription-shaped rows into a bare table in a fresh file database. */
    private static double plainMerge(int n, boolean print) throws Exception {
        Path dir = Files.createTempDirectory("sk-subsync-plain");
        try (Database db = Database.openFile(dir); Connection c = db.dataSource().getConnection()) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE CACHED TABLE plain_subscription (id BIGINT GENERATED BY DEFAULT AS IDENTITY,"
                        + " contract_id BIGINT NOT NULL, provider_id BIGINT NOT NULL, product_id BIGINT,"
                        + " provider_account_id BIGINT, external_id VARCHAR(100) NOT NULL, name VARCHAR(300) NOT NULL,"
                        + " quantity INTEGER NOT NULL, status VARCHAR(20) NOT NULL, effective_date DATE,"
                        + " term_end_date DATE, auto_renew BOOLEAN, provider_quantity INTEGER,"
                        + " last_synced_at TIMESTAMP WITH TIME ZONE, currency CHAR(3),"
                        + " created_at TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT pk_plain PRIMARY KEY (id),"
                        + " CONSTRAINT uq_plain UNIQUE (provider_id, external_id))");
            }
            c.setAutoCommit(false);
            String merge = "MERGE INTO plain_subscription t USING (VALUES (CAST(? AS BIGINT), CAST(? AS BIGINT),"
                    + " CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS VARCHAR(100)), CAST(? AS VARCHAR(300)),"
                    + " CAST(? AS INTEGER), CAST(? AS VARCHAR(20)), CAST(? AS DATE), CAST(? AS DATE),"
                    + " CAST(? AS BOOLEAN), CAST(? AS INTEGER), CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS CHAR(3))))"
                    + " AS s(contract_id, provider_id, product_id, provider_account_id, external_id, name, quantity,"
                    + " status, effective_date, term_end_date, auto_renew, provider_quantity, now, currency)"
                    + " ON t.provider_id = s.provider_id AND t.external_id = s.external_id"
                    + " WHEN MATCHED THEN UPDATE SET quantity = s.quantity, status = s.status,"
                    + " term_end_date = s.term_end_date, provider_quantity = s.provider_quantity, last_synced_at = s.now"
                    + " WHEN NOT MATCHED THEN INSERT (contract_id, provider_id, product_id, provider_account_id,"
                    + " external_id, name, quantity, status, effective_date, term_end_date, auto_renew,"
                    + " provider_quantity, last_synced_at, currency, created_at) VALUES (s.contract_id, s.provider_id,"
                    + " s.product_id, s.provider_account_id, s.external_id, s.name, s.quantity, s.status,"
                    + " s.effective_date, s.term_end_date, s.auto_renew, s.provider_quantity, s.now, s.currency, s.now)";
            OffsetDateTime now = CLOCK.instant().atOffset(ZoneOffset.UTC);
            long t0 = System.nanoTime();
            try (PreparedStatement p = c.prepareStatement(merge)) {
                for (int i = 0; i < n; i++) {
                    p.setLong(1, i / 20 + 1);
                    p.setLong(2, 1);
                    p.setLong(3, i % 40 + 1);
                    p.setLong(4, i / 20 + 1);
                    p.setString(5, "sub-" + i + "-7f3c2a1e-5b6d-4e8f-9a0b-1c2d3e4f5a6b");
                    p.setString(6, "Microsoft 365 Business Premium");
                    p.setInt(7, 1 + i % 300);
                    p.setString(8, "ACTIVE");
                    p.setObject(9, LocalDate.of(2026, 1, 1).plusDays(i % 365));
                    p.setObject(10, LocalDate.of(2027, 1, 1).plusDays(i % 365));
                    p.setBoolean(11, true);
                    p.setInt(12, 1 + i % 300);
                    p.setObject(13, now);
                    p.setString(14, "USD");
                    p.addBatch();
                    if ((i + 1) % 1000 == 0) {
                        p.executeBatch();
                        c.commit();
                    }
                }
                if (n % 1000 != 0) {
                    p.executeBatch();
                    c.commit();
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (print) {
                System.out.printf("plain JDBC batch MERGE (all-insert), %,d rows in %.1f s: %.0f rows/s%n", n,
                        seconds, n / seconds);
            }
            return n / seconds;
        } finally {
            deleteQuietly(dir);
        }
    }

    /** A step counter of the run (nanoseconds), in seconds. */
    private static double counter(BatchInfrastructure batch, long executionId, String key) {
        return batch.jobRepository().getJobExecution(executionId).getStepExecutions().stream()
                .mapToLong(step -> step.getExecutionContext().getLong(key, 0L)).sum() / 1e9;
    }

    private static BatchStatus await(JobRunner runner, long executionId) {
        BatchStatus status = runner.awaitCompletion(executionId, Duration.ofMinutes(30));
        if (status != BatchStatus.COMPLETED) {
            throw new IllegalStateException("The job ended " + status);
        }
        return status;
    }

    private static long count(Database db, String sql) throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static List<MemoryPoolMXBean> heapPools() {
        List<MemoryPoolMXBean> heap = new ArrayList<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heap.add(pool);
            }
        }
        return heap;
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (Exception e) {
            // a temp dir left behind is harmless
        }
    }
}
