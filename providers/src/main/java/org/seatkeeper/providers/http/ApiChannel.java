package org.seatkeeper.providers.http;

import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One provider's way out: its rate limit, its retry policy and the shared HTTP client. Retries 429 (honouring
 * Retry-After), 5xx, timeouts and connection errors up to the bound; never retries another 4xx. Thread-safe.
 */
public final class ApiChannel {

    private static final Logger log = LoggerFactory.getLogger(ApiChannel.class);

    private final String provider;
    private final HttpClient http;
    private final TransportSettings settings;
    private final AdaptiveRateLimit rateLimit;
    private final RetryAfter retryAfter;
    private final Retry retry;

    ApiChannel(String provider, HttpClient http, TransportSettings settings, Clock clock, RandomGenerator random) {
        this.provider = provider;
        this.http = http;
        this.settings = settings;
        this.rateLimit = new AdaptiveRateLimit(provider, settings, clock);
        this.retryAfter = new RetryAfter(clock);
        Backoff backoff = new Backoff(settings.backoffBase(), settings.backoffCap(), random);
        IntervalBiFunction<Object> interval = (attempt, outcome) -> {
            if (outcome.isLeft() && outcome.getLeft() instanceof RetryableFailure failure
                    && failure.retryAfter() != null) {
                return Math.min(failure.retryAfter().toMillis(), settings.maxRetryAfter().toMillis());
            }
            return backoff.millis(attempt);
        };
        this.retry = Retry.of(provider, RetryConfig.custom()
                .maxAttempts(settings.maxAttempts())
                .intervalBiFunction(interval)
                .retryOnException(e -> e instanceof RetryableFailure || e instanceof IOException)
                .failAfterMaxAttempts(false)
                .build());
    }

    public String provider() {
        return provider;
    }

    public TransportSettings settings() {
        return settings;
    }

    public AdaptiveRateLimit rateLimit() {
        return rateLimit;
    }

    /**
     * Sends the request built by {@code request} (called once per attempt, so per-attempt headers and a freshly
     * read token are possible) and returns the first answer that is not retried.
     */
    public HttpResult send(Supplier<HttpRequest> request) {
        String[] what = {"a request"};
        try {
            return retry.executeCheckedSupplier(() -> {
                HttpRequest built = request.get();
                what[0] = HttpResult.describe(built.method(), built.uri());
                return attempt(built);
            });
        } catch (RetryableFailure failure) {
            if (failure.status() == 429) {
                throw new ProviderThrottledException(provider, what[0], settings.maxAttempts());
            }
            throw new ProviderUnavailableException(provider, what[0], "HTTP " + failure.status(),
                    settings.maxAttempts(), null);
        } catch (IOException e) {
            throw new ProviderUnavailableException(provider, what[0], describe(e), settings.maxAttempts(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderUnavailableException(provider, what[0], "interrupted", 1, e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("Unexpected failure calling " + provider, e);
        }
    }

    private HttpResult attempt(HttpRequest request) throws IOException, InterruptedException, RetryableFailure {
        rateLimit.acquire();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        int status = response.statusCode();
        if (status == 429 || status >= 500) {
            if (status == 429) {
                rateLimit.onThrottled();
            }
            Duration wait = response.headers().firstValue("Retry-After").flatMap(retryAfter::parse).orElse(null);
            log.debug("{} answered {} to {} {}; retrying if attempts remain", provider, status, request.method(),
                    request.uri().getPath());
            throw new RetryableFailure(status, wait);
        }
        return new HttpResult(request.method(), request.uri(), status, response.headers(), response.body());
    }

    private static String describe(IOException e) {
        String type = e instanceof java.net.http.HttpTimeoutException ? "timed out" : "connection failed";
        return type + " (" + e.getClass().getSimpleName() + ")";
    }
}
