package org.seatkeeper.batch.accounts;

import java.time.Duration;

/**
 * Tuning of the account sync.
 *
 * @param retries how many times a page fetch is retried after the provider client's own retries gave up
 *                (ProviderUnavailableException, ProviderThrottledException); then the run fails and can be restarted
 * @param retryDelay the first wait between those retries (doubles each time)
 * @param skipLimit how many rejected accounts a run tolerates before it fails
 */
public record SyncSettings(int chunkSize, int retries, Duration retryDelay, int skipLimit) {

    public SyncSettings {
        if (chunkSize < 1 || retries < 0 || skipLimit < 0) {
            throw new IllegalArgumentException("chunkSize >= 1, retries >= 0, skipLimit >= 0");
        }
    }

    /** Chunks of 1000 (measured best on HSQLDB), 3 retries from 5 s, up to 1000 rejected accounts. */
    public static SyncSettings defaults() {
        return new SyncSettings(1000, 3, Duration.ofSeconds(5), 1000);
    }

    public SyncSettings withRetries(int count, Duration delay) {
        return new SyncSettings(chunkSize, count, delay, skipLimit);
    }

    public SyncSettings withChunkSize(int size) {
        return new SyncSettings(size, retries, retryDelay, skipLimit);
    }
}
