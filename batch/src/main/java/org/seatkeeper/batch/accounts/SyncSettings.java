package org.seatkeeper.batch.accounts;

/**
 * Tuning of the account sync. Transient provider errors are retried in the provider client's channel only
 * (resilience4j, {@code TransportSettings}); one that outlasts those retries fails the run, which restarts at the
 * page it stopped.
 *
 * @param skipLimit how many rejected accounts a run tolerates before it fails
 */
public record SyncSettings(int chunkSize, int skipLimit) {

    public SyncSettings {
        if (chunkSize < 1 || skipLimit < 0) {
            throw new IllegalArgumentException("chunkSize >= 1, skipLimit >= 0");
        }
    }

    /** Chunks of 1000 (measured best on HSQLDB), up to 1000 rejected accounts. */
    public static SyncSettings defaults() {
        return new SyncSettings(1000, 1000);
    }

    public SyncSettings withChunkSize(int size) {
        return new SyncSettings(size, skipLimit);
    }
}
