package org.seatkeeper.app.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.htmlunit.WebClient;
import org.htmlunit.http.Cookie;

/**
 * A bounded page load for benchmarks (not tests): N signed-in users on loopback, each requesting pages one after
 * another, a fixed number of times. Reports requests per second and latency percentiles.
 */
public final class PageLoad {

    /** What one load run measured. */
    public record Result(String what, int users, int requests, double perSecond, double p50, double p95, double p99, double max) {
        @Override
        public String toString() {
            return String.format("%s: %d users, %d requests: %.0f req/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms",
                    what, users, requests, perSecond, p50, p95, p99, max);
        }
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String sessionCookie;
    private final RunningApp app;

    private PageLoad(RunningApp app, String sessionCookie) {
        this.app = app;
        this.sessionCookie = sessionCookie;
    }

    /** Signs an administrator in and loads pages with that session. */
    public static PageLoad signedIn(RunningApp app) throws Exception {
        try (WebClient browser = RunningApp.browser()) {
            app.signInAsAdmin(browser);
            Cookie session = browser.getCookieManager().getCookie("SEATKEEPER_SESSION");
            return new PageLoad(app, "SEATKEEPER_SESSION=" + session.getValue());
        }
    }

    /** Milliseconds one request of the path takes, alone. */
    public double once(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(app.url(path))).header("Cookie", sessionCookie).GET()
                .build();
        long start = System.nanoTime();
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered HTTP " + response.statusCode());
        }
        return (System.nanoTime() - start) / 1e6;
    }

    /** Warms up, then has {@code users} users request the paths in turn, {@code perUser} requests each. */
    public Result run(String what, List<String> paths, int users, int perUser) throws Exception {
        if (users > 1 && WrkLoad.available()) {
            // a separate, light load process: the in-JVM client costs about as much CPU per request as a cached page
            return new WrkLoad(app, sessionCookie).run(what, paths, users, perUser);
        }
        return runInJvm(what, paths, users, perUser);
    }

    /** The same load from this JVM's HTTP client (used when wrk is not installed, and for one user alone). */
    public Result runInJvm(String what, List<String> paths, int users, int perUser) throws Exception {
        measure(paths, users, Math.max(10, perUser / 5));
        long started = System.nanoTime();
        List<Long> latencies = measure(paths, users, perUser);
        double seconds = (System.nanoTime() - started) / 1e9;
        Collections.sort(latencies);
        return new Result(what, users, latencies.size(), latencies.size() / seconds, ms(latencies, 0.50),
                ms(latencies, 0.95), ms(latencies, 0.99), latencies.get(latencies.size() - 1) / 1e6);
    }

    private List<Long> measure(List<String> paths, int users, int perUser) throws Exception {
        List<HttpRequest> requests = paths.stream().map(path -> HttpRequest.newBuilder(URI.create(app.url(path)))
                .header("Cookie", sessionCookie).GET().build()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(users);
        try {
            List<Future<List<Long>>> results = new ArrayList<>();
            for (int u = 0; u < users; u++) {
                int user = u;
                results.add(pool.submit(() -> {
                    List<Long> times = new ArrayList<>(perUser);
                    for (int i = 0; i < perUser; i++) {
                        HttpRequest request = requests.get((user + i) % requests.size());
                        long start = System.nanoTime();
                        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        times.add(System.nanoTime() - start);
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException(request.uri() + " answered HTTP " + response.statusCode());
                        }
                    }
                    return times;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> result : results) {
                all.addAll(result.get());
            }
            return all;
        } finally {
            pool.shutdown();
        }
    }

    private static double ms(List<Long> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
    }
}
