package org.seatkeeper.providers.http;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client-side rate limit of one provider. It starts at the configured requests per second and learns the server's
 * limit: each 429 lowers the permits per period by about 5% (at most once per cooldown, so a burst of parallel 429s
 * counts once), which keeps later requests under the server's limit.
 */
public final class AdaptiveRateLimit {

    private static final Logger log = LoggerFactory.getLogger(AdaptiveRateLimit.class);
    private static final double DECREASE = 0.95;

    private final String provider;
    private final RateLimiter limiter;
    private final Clock clock;
    private final Duration period;
    private final Duration cooldown;
    private Instant lastDecrease = Instant.MIN;

    public AdaptiveRateLimit(String provider, TransportSettings settings, Clock clock) {
        this.provider = provider;
        this.clock = clock;
        double perPeriod = settings.requestsPerSecond() * settings.rateLimitPeriod().toNanos() / 1e9;
        this.period = perPeriod >= 1 ? settings.rateLimitPeriod()
                : Duration.ofNanos((long) (1e9 / settings.requestsPerSecond()));
        int permits = (int) Math.max(1, Math.round(perPeriod));
        this.cooldown = period.compareTo(Duration.ofSeconds(1)) > 0 ? period : Duration.ofSeconds(1);
        this.limiter = RateLimiter.of(provider, RateLimiterConfig.custom()
                .limitForPeriod(permits)
                .limitRefreshPeriod(period)
                .timeoutDuration(settings.maxPermitWait())
                .build());
    }

    /** Blocks until a permit is free. */
    void acquire() {
        if (!limiter.acquirePermission()) {
            throw new ProviderThrottledException(provider, "Seatkeeper waited too long for its own " + provider
                    + " rate limit. Raise the requests per second on the provider page or run fewer jobs at once.");
        }
    }

    /** Called on every 429: lowers the limit unless it was just lowered. */
    synchronized void onThrottled() {
        Instant now = clock.instant();
        if (now.isBefore(lastDecrease.plus(cooldown))) {
            return;
        }
        lastDecrease = now;
        int current = limiter.getRateLimiterConfig().getLimitForPeriod();
        int next = Math.max(1, Math.min(current - 1, (int) Math.floor(current * DECREASE)));
        if (next != current) {
            limiter.changeLimitForPeriod(next);
            log.info("{} answered 429: lowering the client-side limit to {} requests per {} ms",
                    provider, next, period.toMillis());
        }
    }

    /** Current requests per second, for logs and tests. */
    public double requestsPerSecond() {
        return limiter.getRateLimiterConfig().getLimitForPeriod() * 1e9 / period.toNanos();
    }
}
