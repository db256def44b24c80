package org.seatkeeper.providers.http;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Caches one access token until shortly before it expires. Fetching is serialised, so parallel callers share one
 * token refresh (which matters when refresh tokens are single-use).
 */
public final class TokenCache {

    private final Clock clock;
    private final Duration earlyRefresh;
    private final Supplier<AccessToken> fetch;
    private AccessToken current;

    public TokenCache(Clock clock, Duration earlyRefresh, Supplier<AccessToken> fetch) {
        this.clock = clock;
        this.earlyRefresh = earlyRefresh;
        this.fetch = fetch;
    }

    public synchronized String token() {
        if (current == null || !clock.instant().isBefore(current.expiresAt().minus(earlyRefresh))) {
            current = fetch.get();
        }
        return current.value();
    }

    /** Forgets {@code rejected} if it is still the cached token (another thread may already have renewed it). */
    public synchronized void invalidate(String rejected) {
        if (current != null && current.value().equals(rejected)) {
            current = null;
        }
    }
}
