package org.seatkeeper.app.web;

import com.github.benmanes.caffeine.cache.CacheLoader;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;

/**
 * Counts and totals pages show on every visit (tab counts, menu badges, the accounts listing, a contract's summary)
 * that cost a scan of a large table. Forgotten whenever a person changes data or a job finishes, so a person always
 * sees the effect of their own change at once. Otherwise a figure older than {@link #TTL} is recomputed in the
 * background while readers still get the kept one (no reader waits for a periodic recomputation: under load, every
 * request arriving during one used to), and none is ever older than {@link #MAX_AGE}.
 */
public final class Figures {

    public static final Duration TTL = Duration.ofSeconds(10);
    public static final Duration MAX_AGE = Duration.ofMinutes(1);

    /** A figure with the computation that made it, so it can be recomputed without the page that asked. */
    private record Kept(Object value, Supplier<?> computation) {
    }

    private final LoadingCache<Object, Kept> cache;

    public Figures() {
        this(Ticker.systemTicker(), ForkJoinPool.commonPool());
    }

    /** With the clock and the executor of the background recomputations given: for tests. */
    Figures(Ticker ticker, Executor recomputations) {
        cache = Caffeine.newBuilder()
                .refreshAfterWrite(TTL)
                .expireAfterWrite(MAX_AGE)
                .maximumSize(5_000)
                .ticker(ticker)
                .executor(recomputations)
                .build(new CacheLoader<>() {
                    @Override
                    public Kept load(Object key) {
                        throw new IllegalStateException("a figure is first computed by the page that asks for it: " + key);
                    }

                    @Override
                    public Kept reload(Object key, Kept kept) {
                        return new Kept(kept.computation().get(), kept.computation());
                    }
                });
    }

    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> compute) {
        return (T) cache.get(key, k -> new Kept(compute.get(), compute)).value();
    }

    /** Forgets every figure, including recomputations under way: the next reader computes afresh. */
    public void forget() {
        cache.invalidateAll();
    }
}
