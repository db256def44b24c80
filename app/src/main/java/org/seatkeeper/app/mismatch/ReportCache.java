package org.seatkeeper.app.mismatch;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the mismatch report computes over all open findings (totals, groups, filter lists, pages), kept until the
 * findings change. They change only when a reconciliation run finishes or someone acknowledges a finding, both in
 * this process (the embedded database is locked to it), so invalidating on those two events keeps the cache exact.
 */
final class ReportCache {

    private record Key(String what, List<Object> arguments) {
    }

    private final Cache<Key, Object> cache = Caffeine.newBuilder().maximumSize(2_000).build();

    @SuppressWarnings("unchecked")
    <T> T get(String what, List<Object> arguments, Supplier<T> load) {
        return (T) cache.get(new Key(what, arguments), key -> load.get());
    }

    /** The findings changed: forget everything computed from them. */
    void invalidate() {
        cache.invalidateAll();
    }
}
