package org.seatkeeper.batch.subscriptionsync;

/**
 * Tuning of the subscription sync. Transient provider errors are retried in the provider client's channel only
 * (resilience4j, {@code TransportSettings}); one that outlasts those retries fails the run, which restarts where it
 * stopped.
 *
 * @param chunkSize    provider accounts per chunk (one transaction; about 20 subscriptions each)
 * @param fetchThreads how many accounts' subscription lists are fetched from the provider at once
 * @param skipLimit    how many accounts a run may skip (and record) before it fails
 */
public record SubscriptionSyncSettings(int chunkSize, int fetchThreads, int skipLimit) {

    public SubscriptionSyncSettings {
        if (chunkSize < 1 || fetchThreads < 1 || skipLimit < 0) {
            throw new IllegalArgumentException("chunkSize >= 1, fetchThreads >= 1, skipLimit >= 0");
        }
    }

    /** 50 accounts (about 1,000 subscriptions) per chunk, 4 fetches at once, 1,000 skips. */
    public static SubscriptionSyncSettings defaults() {
        return new SubscriptionSyncSettings(50, 4, 1000);
    }

    public SubscriptionSyncSettings withChunkSize(int size) {
        return new SubscriptionSyncSettings(size, fetchThreads, skipLimit);
    }

    public SubscriptionSyncSettings withFetchThreads(int threads) {
        return new SubscriptionSyncSettings(chunkSize, threads, skipLimit);
    }
}
