package org.seatkeeper.app.web;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.seatkeeper.app.jobs.JobsEngine;
import org.seatkeeper.batch.jobs.JobRun;
import org.seatkeeper.db.Database;
import org.seatkeeper.db.jooq.DefaultSchema;
import org.seatkeeper.db.jooq.Tables;

/**
 * One number per table for everything Seatkeeper keeps (every row of every table of its schema), so a test can tell
 * whether a request stored anything, and where. Left out: the mail outbox (the dispatcher works on it every minute on
 * its own) and a provider's stored credentials (Partner Center and Ion hand out a new refresh token whenever Seatkeeper
 * asks for an access token, and Seatkeeper keeps it at once, whatever the page that needed the provider did).
 *
 * <p>Taken after every request of a fuzzing run, so it is read cheaply: one connection with each table's query
 * prepared once, values hashed straight from the result set, and the audit log, which only grows, read from the entry
 * after the last one read.
 */
final class DatabaseFingerprint implements AutoCloseable {

    // Spring Batch's own table, which jOOQ's generated code leaves out
    private static final Table<?> EXECUTIONS = DSL.table(DSL.name("BATCH_JOB_EXECUTION"));
    private static final Field<Long> EXECUTION_ID = DSL.field(DSL.name("JOB_EXECUTION_ID"), Long.class);

    private final DSLContext dsl;
    private final List<Table<?>> tables;
    private Connection connection;
    private final List<PreparedStatement> queries = new ArrayList<>();
    private PreparedStatement auditCount;
    private long newestRun;
    /** The audit log's entries read so far: the last one's id, and the sum of their hashes. */
    private long auditLastId;
    private long auditHashes;

    DatabaseFingerprint(Database db) {
        this.dsl = db.dsl();
        this.tables = DefaultSchema.DEFAULT_SCHEMA.getTables().stream()
                .filter(table -> !table.equals(Tables.MAIL_OUTBOX)).toList();
    }

    /** Every table's rows, each table as one number. */
    Snapshot take() {
        try {
            prepare();
            long[] perTable = new long[tables.size()];
            for (int i = 0; i < tables.size(); i++) {
                if (tables.get(i).equals(Tables.AUDIT_LOG)) {
                    perTable[i] = takeAuditLog(queries.get(i));
                } else {
                    Rows rows = rows(queries.get(i));
                    perTable[i] = rows.count * 31 + rows.hashes;
                }
            }
            return new Snapshot(perTable);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the database", e);
        }
    }

    /** The tables whose rows differ between two snapshots. */
    List<String> changed(Snapshot before, Snapshot after) {
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            if (before.perTable[i] != after.perTable[i]) {
                changed.add(tables.get(i).getName());
            }
        }
        return changed;
    }

    /**
     * Waits for the jobs started since the last call (a sync or "run now" button), so their writes are not taken for
     * the next request's. Looks at the newest run's id first: most requests start none.
     */
    void awaitJobs(JobsEngine jobs) {
        Long newest = dsl.select(DSL.max(EXECUTION_ID)).from(EXECUTIONS).fetchOne(0, Long.class);
        if (newest == null || newest == newestRun) {
            return;
        }
        newestRun = newest;
        // again until none runs: a finished run may start the next one ("sync first", then the reconciliation)
        // before it lets its waiters go
        boolean waited;
        do {
            waited = false;
            for (JobRun run : jobs.history().recent(20)) {
                if (run.running()) {
                    jobs.runner().awaitCompletion(run.executionId(), Duration.ofMinutes(2));
                    waited = true;
                }
            }
        } while (waited);
    }

    @Override
    public void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // the database is going away with the test
            }
        }
    }

    private void prepare() throws SQLException {
        if (connection != null) {
            return;
        }
        connection = dsl.configuration().connectionProvider().acquire();
        for (Table<?> table : tables) {
            List<Field<?>> kept = Arrays.stream(table.fields())
                    .filter(field -> !field.equals(Tables.PROVIDER.CREDENTIALS_ENCRYPTED)).toList();
            queries.add(connection.prepareStatement(table.equals(Tables.AUDIT_LOG)
                    ? dsl.render(dsl.select(kept).from(table).where(Tables.AUDIT_LOG.ID.gt(0L)))
                    : dsl.render(dsl.select(kept).from(table))));
        }
        auditCount = connection.prepareStatement(dsl.render(dsl.selectCount().from(Tables.AUDIT_LOG)));
    }

    /**
     * The audit log only grows (nothing updates or deletes an entry), and it grows with every change: only its new
     * entries are read, and its size shows one taken away. Reading it whole was most of the fuzzing's time.
     */
    private long takeAuditLog(PreparedStatement newEntries) throws SQLException {
        newEntries.setLong(1, auditLastId);
        Rows added = rows(newEntries);
        auditLastId = Math.max(auditLastId, added.lastId);
        auditHashes += added.hashes;
        try (ResultSet count = auditCount.executeQuery()) {
            count.next();
            return count.getLong(1) * 31 + auditHashes;
        }
    }

    private static Rows rows(PreparedStatement query) throws SQLException {
        Rows rows = new Rows();
        try (ResultSet result = query.executeQuery()) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                rows.count++;
                long row = 1;
                for (int column = 1; column <= columns; column++) {
                    Object value = result.getObject(column);
                    row = row * 31 + (value instanceof byte[] bytes ? Arrays.hashCode(bytes) : Objects.hashCode(value));
                }
                rows.hashes += row;
                // the first column is the id (the audit log's is what is read from)
                if (result.getObject(1) instanceof Long id) {
                    rows.lastId = Math.max(rows.lastId, id);
                }
            }
        }
        return rows;
    }

    /** How many rows, the sum of their hashes, and the highest id among them. */
    private static final class Rows {
        long count;
        long hashes;
        long lastId;
    }

    /** What the database held at one moment, as one number per table. */
    static final class Snapshot {

        private final long[] perTable;

        private Snapshot(long[] perTable) {
            this.perTable = perTable;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Snapshot snapshot && Arrays.equals(perTable, snapshot.perTable);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(perTable);
        }
    }
}
