package org.seatkeeper.batch.jobs;

/**
 * Keys a step puts in its execution context for {@link JobHistory}: what the writer really changed and how far the
 * reader got. Saved with every chunk commit, so a polling page sees them move.
 */
public final class StepCounters {

    public static final String ROWS_CHANGED = "rows.changed";
    public static final String ROWS_UNCHANGED = "rows.unchanged";
    /** The number of items the source says it has, when it says so. */
    public static final String PROGRESS_TOTAL = "progress.total";
    public static final String PROGRESS_PAGES = "progress.pages";
    /** Nanoseconds the writer spent on its chunks (its reads, plans and writes in the database): the job's DB side. */
    public static final String WRITE_NANOS = "write.nanos";
    /** CPU nanoseconds of the writer's thread in those chunks: its work without the time the fetch threads took. */
    public static final String WRITE_CPU_NANOS = "write.cpu.nanos";

    private StepCounters() {
    }
}
