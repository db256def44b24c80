package org.seatkeeper.batch.subscriptionsync;

import java.time.Duration;

/**
 * Tuning of the subscription sync.
 *
 * @param chunkSize    provider accounts per chunk (one transaction; about 20 subscriptions each)
 * @param fetchThreads how many accounts' subscription lists are fetched from the provider at once
 * @param retries      how many times one account's fetch is retried after the client's own retries gave up on a
 *                     transient error (ProviderUnavailableException, ProviderThrottledException); then the run fails
 *                     and can be restarted where it stopped
 * @param retryDelay   the first wait between those retries (doubles each time)
 * @param skipLimit    how many accounts a run may skip (and record) before it fails
 */
public record SubscriptionSyncSettings(int chunkSize, int fetchThreads, int retries, Duration retryDelay,
                                       int skipLimit) {

    public SubscriptionSyncSettings {
        if (chunkSize < 1 || fetchThreads < 1 || retries < 0 || skipLimit < 0) {
            throw new IllegalArgumentException("chunkSize >= 1, fetchThreads >= 1, retries >= 0, skipLimit >= 0");
        }
    }

    /** 50 accounts (about 1,000 subscriptions) per chunk, 4 fetches at once, 3 retries from 5 s, 1,000 skips. */
    public static SubscriptionSyncSettings defaults() {
        return new SubscriptionSyncSettings(50, 4, 3, Duration.ofSeconds(5), 1000);
    }

    public SubscriptionSyncSettings withRetries(int count, Duration delay) {
        return new SubscriptionSyncSettings(chunkSize, fetchThreads, count, delay, skipLimit);
    }

    public SubscriptionSyncSettings withChunkSize(int size) {
        return new SubscriptionSyncSettings(size, fetchThreads, retries, retryDelay, skipLimit);
    }

    public SubscriptionSyncSettings withFetchThreads(int threads) {
        return new SubscriptionSyncSettings(chunkSize, threads, retries, retryDelay, skipLimit);
    }
}
