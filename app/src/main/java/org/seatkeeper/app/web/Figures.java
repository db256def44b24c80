package org.seatkeeper.app.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Counts and totals pages show on every visit (tab counts, menu badges) that cost a scan of a large table. Kept for
 * a few seconds, and forgotten whenever a person changes data, so a person always sees the effect of their own
 * change; a background job's effect shows within {@link #TTL}.
 */
public final class Figures {

    public static final Duration TTL = Duration.ofSeconds(10);

    private final Cache<Object, Object> cache = Caffeine.newBuilder().expireAfterWrite(TTL).maximumSize(5_000).build();

    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> compute) {
        return (T) cache.get(key, k -> compute.get());
    }

    public void forget() {
        cache.invalidateAll();
    }
}
