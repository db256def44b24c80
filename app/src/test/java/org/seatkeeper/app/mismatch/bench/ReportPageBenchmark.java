package org.seatkeeper.app.mismatch.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.seatkeeper.app.support.PageLoad;
import org.seatkeeper.app.support.RunningApp;

/**
 * The license mismatch report with 5,000 open findings under 20 concurrent users on loopback: 20 threads, each a
 * signed-in session, each 60 requests (bounded in count and time); prints p50/p99 and requests per second.
 */
public final class ReportPageBenchmark {

    public static void main(String[] args) throws Exception {
        int findings = 5000;
        int users = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int requestsPerUser = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        try (RunningApp app = RunningApp.start()) {
            generate(app, findings);
            PageLoad load = PageLoad.signedIn(app);
            System.out.println(load.run("license mismatch report, " + findings + " findings", List.of("/mismatches",
                    "/mismatches?check=PROVIDER_VS_SEATKEEPER", "/mismatches?page=7", "/mismatches?customer=3"),
                    users, requestsPerUser));
        }
    }

    private static void generate(RunningApp app, int n) throws Exception {
        Timestamp ts = Timestamp.from(Instant.now());
        try (Connection c = app.application().context().database().dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (var s = c.createStatement()) {
                s.execute("INSERT INTO provider (name, kind, automatic, currency, created_at) VALUES ('Partner Center', 'PARTNER_CENTER', TRUE, 'EUR', CURRENT_TIMESTAMP)");
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO customer (name, created_at, updated_at) VALUES (?, ?, ?)")) {
                for (int i = 0; i < 200; i++) {
                    ps.setString(1, "Customer " + i);
                    ps.setTimestamp(2, ts);
                    ps.setTimestamp(3, ts);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            String[] checks = {"PROVIDER_VS_SEATKEEPER", "LOG_INTEGRITY", "STATUS", "GHOST", "MISSING_DATA"};
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO mismatch_finding (check_kind, subject_type, subject_id, subject_name, provider_id, customer_id, subscription_id, provider_quantity, seatkeeper_quantity, log_quantity, provider_status, seatkeeper_status, direction, quantity_difference, unit_price, currency, money_at_stake, first_seen_at, first_seen_on, first_run_id, last_seen_at, last_seen_on, last_run_id) VALUES (?, 'SUBSCRIPTION', ?, ?, 1, ?, ?, ?, ?, ?, 'active', 'ACTIVE', ?, ?, 10, 'EUR', ?, ?, CURRENT_DATE, 1, ?, CURRENT_DATE, 1)")) {
                for (int i = 0; i < n; i++) {
                    int diff = 1 + i % 17;
                    ps.setString(1, checks[i % checks.length]);
                    ps.setLong(2, i + 1);
                    ps.setString(3, "Subscription " + i);
                    ps.setLong(4, i % 200 + 1);
                    ps.setLong(5, i + 1);
                    ps.setInt(6, 10 + diff);
                    ps.setInt(7, 10);
                    ps.setInt(8, 10);
                    ps.setString(9, i % 2 == 0 ? "UNDER_BILLING" : "OVER_BILLING");
                    ps.setInt(10, i % 2 == 0 ? diff : -diff);
                    ps.setBigDecimal(11, new java.math.BigDecimal(diff * 10));
                    ps.setTimestamp(12, ts);
                    ps.setTimestamp(13, ts);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            c.commit();
        }
    }
}
