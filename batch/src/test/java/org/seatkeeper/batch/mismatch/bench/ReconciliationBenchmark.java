package org.seatkeeper.batch.mismatch.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.seatkeeper.batch.jobs.BatchInfrastructure;
import org.seatkeeper.batch.jobs.JobRunner;
import org.seatkeeper.batch.mismatch.MismatchJobConfiguration;
import org.seatkeeper.batch.mismatch.MismatchRun;
import org.seatkeeper.db.Database;
import org.seatkeeper.db.mismatch.FindingFilter;
import org.seatkeeper.db.mismatch.FindingQuery;

/**
 * Reconciliation over N subscriptions (default 200,000) in a file database: run time and peak heap. Rows are
 * generated with plain JDBC batches: 2,000 customers, one contract and account each, 50 products, one CREATE event
 * per subscription; about 3% differ from the provider, 1% have a broken log, 1% are suspended at the provider, 0.5%
 * have no price. Run with -Xmx512m (see docs in the job package's README).
 */
public final class ReconciliationBenchmark {

    public static void main(String[] args) throws Exception {
        int subscriptions = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        Path dir = Files.createTempDirectory("seatkeeper-mismatch-bench");
        Clock clock = Clock.systemUTC();
        try (Database db = Database.openFile(dir)) {
            long t0 = System.nanoTime();
            generate(db, subscriptions);
            System.out.printf("generated %,d subscriptions in %.1f s%n", subscriptions, (System.nanoTime() - t0) / 1e9);
            resetPeaks();
            try (BatchInfrastructure batch = new BatchInfrastructure(db.dataSource(), db.transactionManager(), 1)) {
                MismatchRun run = new MismatchRun(new JobRunner(batch), new MismatchJobConfiguration(batch, db, clock));
                for (int night = 1; night <= 2; night++) {
                    long start = System.nanoTime();
                    var status = run.runFor(LocalDate.of(2026, 11, 20 + night));
                    double seconds = (System.nanoTime() - start) / 1e9;
                    System.out.printf("night %d: %s in %.2f s, open findings %,d, peak heap %,d MB (max %,d MB)%n",
                            night, status, seconds, new FindingQuery(db.dsl()).count(FindingFilter.all()),
                            peakHeapMb(), Runtime.getRuntime().maxMemory() / (1024 * 1024));
                }
            }
        }
    }

    private static void generate(Database db, int n) throws Exception {
        Instant now = Instant.now();
        Timestamp ts = Timestamp.from(now);
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            exec(c, "INSERT INTO provider (name, kind, automatic, currency, created_at) VALUES ('Partner Center', 'PARTNER_CENTER', TRUE, 'EUR', CURRENT_TIMESTAMP)");
            batch(c, "INSERT INTO product (offer_id, name, term, billing_cycle, currency, unit_price, price_missing, created_at) VALUES (?, ?, 'P1Y', 'MONTHLY', 'EUR', ?, FALSE, ?)", 50, (ps, i) -> {
                ps.setString(1, "OFFER" + i);
                ps.setString(2, "Product " + i);
                ps.setBigDecimal(3, new java.math.BigDecimal(5 + i));
                ps.setTimestamp(4, ts);
            });
            batch(c, "INSERT INTO customer (name, created_at, updated_at) VALUES (?, ?, ?)", 2000, (ps, i) -> {
                ps.setString(1, "Customer " + i);
                ps.setTimestamp(2, ts);
                ps.setTimestamp(3, ts);
            });
            batch(c, "INSERT INTO billing_contract (customer_id, name, currency, billing_cycle, start_date, created_at) VALUES (?, 'Main', 'EUR', 'MONTHLY', DATE '2025-01-01', ?)", 2000, (ps, i) -> {
                ps.setLong(1, i + 1);
                ps.setTimestamp(2, ts);
            });
            batch(c, "INSERT INTO provider_account (provider_id, external_id, company_name, relationship_status, customer_id, first_seen_at, last_seen_at) VALUES (1, ?, ?, 'ACTIVE', ?, ?, ?)", 2000, (ps, i) -> {
                ps.setString(1, "acct-" + i);
                ps.setString(2, "Customer " + i);
                ps.setLong(3, i + 1);
                ps.setTimestamp(4, ts);
                ps.setTimestamp(5, ts);
            });
            batch(c, "INSERT INTO subscription (contract_id, provider_id, product_id, provider_account_id, external_id, name, quantity, status, effective_date, provider_quantity, provider_status, last_synced_at, unit_price, created_at) VALUES (?, 1, ?, ?, ?, ?, ?, 'ACTIVE', DATE '2026-01-01', ?, ?, ?, ?, ?)", n, (ps, i) -> {
                int customer = i % 2000 + 1;
                int quantity = 1 + i % 40;
                ps.setLong(1, customer);
                ps.setLong(2, i % 50 + 1);
                ps.setLong(3, customer);
                ps.setString(4, "sub-" + i);
                ps.setString(5, "Subscription " + i);
                ps.setInt(6, quantity);
                ps.setInt(7, i % 33 == 0 ? quantity + 2 : quantity);
                ps.setString(8, i % 100 == 7 ? "suspended" : "active");
                ps.setTimestamp(9, ts);
                if (i % 200 == 3) {
                    ps.setNull(10, java.sql.Types.DECIMAL);
                    // a product without price for this one: the product's price applies unless missing
                } else {
                    ps.setNull(10, java.sql.Types.DECIMAL);
                }
                ps.setTimestamp(11, ts);
            });
            batch(c, "INSERT INTO license_change (subscription_id, event_type, quantity_change, quantity_after, effective_date, source, recorded_by, recorded_at) VALUES (?, 'CREATE', ?, ?, DATE '2026-01-01', 'SYNC', 'sync', ?)", n, (ps, i) -> {
                int quantity = 1 + i % 40;
                int logged = i % 100 == 11 ? quantity - 1 : quantity;
                ps.setLong(1, i + 1);
                ps.setInt(2, logged);
                ps.setInt(3, logged);
                ps.setTimestamp(4, Timestamp.from(now.minus(Duration.ofDays(30))));
            });
            exec(c, "UPDATE product SET unit_price = NULL, price_missing = TRUE WHERE id = 50");
            c.commit();
            exec(c, "CHECKPOINT");
        }
    }

    interface Binder {
        void bind(PreparedStatement ps, int i) throws Exception;
    }

    private static void batch(Connection c, String sql, int count, Binder binder) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < count; i++) {
                binder.bind(ps, i);
                ps.addBatch();
                if ((i + 1) % 1000 == 0) {
                    ps.executeBatch();
                    c.commit();
                }
            }
            if (count % 1000 != 0) {
                ps.executeBatch();
            }
            c.commit();
        }
    }

    private static void exec(Connection c, String sql) throws Exception {
        try (var s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }
}
