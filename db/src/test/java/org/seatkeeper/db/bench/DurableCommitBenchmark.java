package org.seatkeeper.db.bench;

import static org.seatkeeper.db.jooq.Tables.AUDIT_LOG;
import static org.seatkeeper.db.jooq.Tables.CUSTOMER;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jooq.DSLContext;
import org.seatkeeper.db.Database;

/**
 * What durable commits cost (not a unit test): the same work on a fresh file database with commits synced to disk
 * (Seatkeeper's setting) and with HSQLDB's former 500 ms write delay, alternating rounds so the machine's noise hits
 * both alike. Two shapes: a person's save (one customer and its audit entry per transaction) and a sync chunk (1,000
 * rows in one transaction, as the subscription sync writes about 1,000 subscriptions per 50-account chunk).
 * Arguments: single transactions per round (2000), chunks per round (200), rounds (5).
 */
public final class DurableCommitBenchmark {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    private DurableCommitBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int singles = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int chunks = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        List<Double> durableSingle = new ArrayList<>();
        List<Double> delayedSingle = new ArrayList<>();
        List<Double> durableChunk = new ArrayList<>();
        List<Double> delayedChunk = new ArrayList<>();
        for (int round = 0; round <= rounds; round++) {
            for (boolean durable : new boolean[] {true, false}) {
                Path dir = Files.createTempDirectory("sk-durable-bench");
                try (Database db = Database.openFile(dir)) {
                    if (!durable) {
                        execute(db, "SET FILES WRITE DELAY 500 MILLIS");
                    }
                    double single = singleTransactions(db, singles);
                    double chunk = chunks(db, chunks);
                    if (round > 0) { // round 0 warms the JIT up
                        (durable ? durableSingle : delayedSingle).add(single);
                        (durable ? durableChunk : delayedChunk).add(chunk);
                    }
                }
            }
        }
        System.out.printf("a person's save (customer + audit entry), ms per transaction: durable %s, 500 ms delay %s%n",
                summary(durableSingle), summary(delayedSingle));
        System.out.printf("a sync chunk (1,000 rows), ms per chunk: durable %s, 500 ms delay %s%n",
                summary(durableChunk), summary(delayedChunk));
    }

    private static double singleTransactions(Database db, int count) {
        DSLContext dsl = db.dsl();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            int n = i;
            db.transactions().run(() -> {
                dsl.insertInto(CUSTOMER).set(CUSTOMER.NAME, "Customer " + n).set(CUSTOMER.CREATED_AT, NOW)
                        .set(CUSTOMER.UPDATED_AT, NOW).execute();
                dsl.insertInto(AUDIT_LOG).set(AUDIT_LOG.OCCURRED_AT, NOW).set(AUDIT_LOG.USERNAME, "bench")
                        .set(AUDIT_LOG.ACTION, "CREATE").set(AUDIT_LOG.ENTITY_TYPE, "customer")
                        .set(AUDIT_LOG.SUMMARY, "Customer " + n + " created").execute();
            });
        }
        return (System.nanoTime() - start) / 1e6 / count;
    }

    private static double chunks(Database db, int count) {
        DSLContext dsl = db.dsl();
        long start = System.nanoTime();
        for (int c = 0; c < count; c++) {
            int chunk = c;
            db.transactions().run(() -> {
                var batch = dsl.batch(dsl.insertInto(CUSTOMER, CUSTOMER.NAME, CUSTOMER.CREATED_AT, CUSTOMER.UPDATED_AT)
                        .values((String) null, null, null));
                for (int i = 0; i < 1000; i++) {
                    batch.bind("Chunk " + chunk + " row " + i, NOW, NOW);
                }
                batch.execute();
            });
        }
        return (System.nanoTime() - start) / 1e6 / count;
    }

    private static String summary(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return String.format("median %.2f (%.2f-%.2f)", sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1));
    }

    private static void execute(Database db, String statement) throws SQLException {
        try (Connection connection = db.dataSource().getConnection(); Statement s = connection.createStatement()) {
            s.execute(statement);
        }
    }
}
