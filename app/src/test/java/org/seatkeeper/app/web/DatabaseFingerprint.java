package org.seatkeeper.app.web;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Table;
import org.seatkeeper.app.jobs.JobsEngine;
import org.seatkeeper.batch.jobs.JobRun;
import org.seatkeeper.db.Database;
import org.seatkeeper.db.jooq.DefaultSchema;
import org.seatkeeper.db.jooq.Tables;

/**
 * One number for everything Seatkeeper keeps (every row of every table of its schema), so a test can tell whether a
 * request stored anything. The mail outbox is left out: the dispatcher works on it every minute on its own.
 */
final class DatabaseFingerprint {

    private final DSLContext dsl;
    private final List<Table<?>> tables;

    DatabaseFingerprint(Database db) {
        this.dsl = db.dsl();
        this.tables = DefaultSchema.DEFAULT_SCHEMA.getTables().stream()
                .filter(table -> !table.equals(Tables.MAIL_OUTBOX)).toList();
    }

    long take() {
        long fingerprint = 17;
        for (Table<?> table : tables) {
            long rows = 0;
            long contents = 0;
            for (Record row : dsl.selectFrom(table).fetch()) {
                rows++;
                contents += Arrays.hashCode(row.intoArray());
            }
            fingerprint = fingerprint * 31 + rows;
            fingerprint = fingerprint * 31 + contents;
        }
        return fingerprint;
    }

    /** Waits for the jobs a request started, so their writes are not taken for the next request's. */
    void awaitJobs(JobsEngine jobs) {
        for (JobRun run : jobs.history().recent(20)) {
            if (run.running()) {
                jobs.runner().awaitCompletion(run.executionId(), Duration.ofMinutes(2));
            }
        }
    }
}
