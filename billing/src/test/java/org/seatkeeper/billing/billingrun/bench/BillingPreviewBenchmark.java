package org.seatkeeper.billing.billingrun.bench;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.sum;
import static org.seatkeeper.db.jooq.Tables.BILLING_CONTRACT;
import static org.seatkeeper.db.jooq.Tables.LICENSE_CHANGE;
import static org.seatkeeper.db.jooq.Tables.SUBSCRIPTION;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.seatkeeper.billing.billingrun.BillingPreview;
import org.seatkeeper.billing.billingrun.ContractDraft;
import org.seatkeeper.db.Database;
import org.seatkeeper.db.invoices.BillingInputRepository;

/**
 * The billing run's preview over 10,000 contracts, 200,000 subscriptions and a month of events in a file database
 * (not a unit test), side by side with a plain SQL aggregate over the same rows (every active contract's
 * subscriptions joined to their whole logs, summed per contract). Rows are generated with plain JDBC batches: 50
 * products, 20 subscriptions per contract (1 to 40 licenses, a price each), a CREATE event per subscription already
 * invoiced by earlier runs, and November's changes (one subscription in six: an increase or a decrease, dated in
 * November, not invoiced yet); the run previewed is December's. Prints each round's time, rows per second, the ratio,
 * the peak heap and the load average. Run with -Xmx512m. Arguments: contracts (10,000), subscriptions per contract
 * (20), rounds (3). Rerun: see docs/benchmarks.md.
 */
public final class BillingPreviewBenchmark {

    private static final YearMonth RUN = YearMonth.of(2026, 12);

    public static void main(String[] args) throws Exception {
        int contracts = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int perContract = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Path dir = Files.createTempDirectory("seatkeeper-billing-bench");
        try (Database db = Database.openFile(dir)) {
            long t0 = System.nanoTime();
            int events = generate(db, contracts, contracts * perContract);
            int subscriptions = contracts * perContract;
            long rows = (long) subscriptions + events;
            System.out.printf("generated %,d contracts, %,d subscriptions, %,d events in %.1f s%n", contracts,
                    subscriptions, events, (System.nanoTime() - t0) / 1e9);
            BillingPreview preview = new BillingPreview(new BillingInputRepository(db.dsl()));
            for (int round = 1; round <= rounds; round++) {
                resetPeaks();
                String loadBefore = loadAverage();
                long start = System.nanoTime();
                long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                List<ContractDraft> drafts = db.transactions().inTransaction(() -> preview.preview(RUN, null));
                double previewSeconds = (System.nanoTime() - start) / 1e9;
                // CPU seconds compare runs on a shared machine, where the clock's seconds depend on the neighbours
                double previewCpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1e9;
                long lines = drafts.stream().mapToLong(d -> d.draft().lines().size()).sum();
                long heap = peakHeapMb();
                drafts = null;

                start = System.nanoTime();
                cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                var perContractTotals = db.transactions().inTransaction(() -> db.dsl()
                        .select(SUBSCRIPTION.CONTRACT_ID, count(), sum(LICENSE_CHANGE.QUANTITY_CHANGE
                                .times(SUBSCRIPTION.UNIT_PRICE)))
                        .from(LICENSE_CHANGE)
                        .join(SUBSCRIPTION).on(SUBSCRIPTION.ID.eq(LICENSE_CHANGE.SUBSCRIPTION_ID))
                        .join(BILLING_CONTRACT).on(BILLING_CONTRACT.ID.eq(SUBSCRIPTION.CONTRACT_ID))
                        .where(BILLING_CONTRACT.STATUS.eq("ACTIVE"))
                        .groupBy(SUBSCRIPTION.CONTRACT_ID)
                        .fetch());
                double sqlSeconds = (System.nanoTime() - start) / 1e9;
                double sqlCpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1e9;
                System.out.printf("round %d: CPU preview %.2f s, plain SQL %.2f s (%.0f %%)%n", round, previewCpu,
                        sqlCpu, 100 * sqlCpu / previewCpu);
                System.out.printf("round %d: preview %.2f s (%,d drafts' lines: %,d; %,.0f rows/s; peak heap %,d MB of"
                                + " %,d MB) | plain SQL aggregate %.2f s (%,d contracts; %,.0f rows/s) | preview / SQL"
                                + " %.0f %% | load average before %s, after %s%n", round, previewSeconds, contracts,
                        lines, rows / previewSeconds, heap, Runtime.getRuntime().maxMemory() / (1024 * 1024),
                        sqlSeconds, perContractTotals.size(), rows / sqlSeconds, 100 * sqlSeconds / previewSeconds,
                        loadBefore, loadAverage());
            }
        }
    }

    /** @return the number of events written */
    private static int generate(Database db, int contracts, int subscriptions) throws Exception {
        Timestamp now = Timestamp.from(Instant.parse("2026-11-28T08:00:00Z"));
        int perContract = subscriptions / contracts;
        LocalDate november = LocalDate.of(2026, 11, 1);
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            exec(c, "INSERT INTO provider (name, kind, automatic, currency, created_at) VALUES ('Partner Center',"
                    + " 'PARTNER_CENTER', TRUE, 'EUR', CURRENT_TIMESTAMP)");
            batch(c, "INSERT INTO product (offer_id, name, term, billing_cycle, currency, list_price, price_missing,"
                    + " created_at) VALUES (?, ?, 'P1Y', 'MONTHLY', 'EUR', ?, FALSE, ?)", 50, (ps, i) -> {
                ps.setString(1, "OFFER" + i);
                ps.setString(2, "Product " + i);
                ps.setBigDecimal(3, new BigDecimal(5 + i));
                ps.setTimestamp(4, now);
            });
            batch(c, "INSERT INTO customer (name, created_at, updated_at) VALUES (?, ?, ?)", contracts, (ps, i) -> {
                ps.setString(1, "Customer " + i);
                ps.setTimestamp(2, now);
                ps.setTimestamp(3, now);
            });
            batch(c, "INSERT INTO billing_contract (customer_id, name, currency, billing_cycle, start_date, created_at)"
                    + " VALUES (?, 'Main', 'EUR', 'MONTHLY', DATE '2025-01-01', ?)", contracts, (ps, i) -> {
                ps.setLong(1, i + 1);
                ps.setTimestamp(2, now);
            });
            batch(c, "INSERT INTO subscription (contract_id, provider_id, product_id, external_id, name, quantity,"
                    + " status, effective_date, unit_price, currency, created_at) VALUES (?, 1, ?, ?, ?, ?, 'ACTIVE',"
                    + " DATE '2026-01-01', ?, 'EUR', ?)", subscriptions, (ps, i) -> {
                ps.setLong(1, i / perContract + 1);
                ps.setLong(2, i % 50 + 1);
                ps.setString(3, "sub-" + i);
                ps.setString(4, "Subscription " + i);
                ps.setInt(5, quantity(i));
                ps.setBigDecimal(6, BigDecimal.valueOf(500 + i % 1500, 2));
                ps.setTimestamp(7, now);
            });
            batch(c, "INSERT INTO license_change (subscription_id, event_type, quantity_change, quantity_after,"
                    + " effective_date, source, recorded_by, recorded_at, invoiced, invoice_ref) VALUES (?, 'CREATE',"
                    + " ?, ?, DATE '2026-01-01', 'SYNC', 'sync', ?, TRUE, 'INV-OLD')", subscriptions, (ps, i) -> {
                ps.setLong(1, i + 1);
                ps.setInt(2, quantity(i));
                ps.setInt(3, quantity(i));
                ps.setTimestamp(4, now);
            });
            int changes = subscriptions / 6;
            batch(c, "INSERT INTO license_change (subscription_id, event_type, quantity_change, quantity_after,"
                    + " effective_date, source, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, 'SYNC', 'sync', ?)",
                    changes, (ps, i) -> {
                int subscription = i * 6;
                boolean increase = i % 3 != 0 || quantity(subscription) == 1;
                int change = increase ? 1 + i % 5 : -1;
                ps.setLong(1, subscription + 1);
                ps.setString(2, increase ? "INCREASE" : "DECREASE");
                ps.setInt(3, change);
                ps.setInt(4, quantity(subscription) + change);
                ps.setDate(5, Date.valueOf(november.plusDays(i % 30)));
                ps.setTimestamp(6, now);
            });
            c.commit();
            exec(c, "CHECKPOINT");
            return subscriptions + changes;
        }
    }

    private static int quantity(int subscription) {
        return 1 + subscription % 40;
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

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (Exception e) {
            return "unknown";
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
