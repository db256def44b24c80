package org.seatkeeper.app.subscriptions.bench;

import java.math.BigDecimal;
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
import org.seatkeeper.app.subscriptions.BillingData;
import org.seatkeeper.app.support.RunningApp;

/**
 * The contract page with 500 subscriptions under 20 concurrent users (not a unit test): a bounded java.net.http loop
 * on loopback, each user requesting the page one request after another. Prints requests per second, p50, p95, p99.
 * Arguments: users (20), requests per user (100), subscriptions (500). Rerun: see docs/benchmarks.md.
 */
public final class ContractPageBenchmark {

    public static void main(String[] args) throws Exception {
        int users = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int perUser = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int subscriptions = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        try (RunningApp app = RunningApp.start(); WebClient browser = RunningApp.browser()) {
            var context = app.application().context();
            BillingData data = new BillingData(context.database(), context.clock(), "bench");
            long contract = data.contract(data.customer("Bench Customer"));
            for (int i = 0; i < subscriptions; i++) {
                long product = data.product("BENCH-" + i, "Product " + i, new BigDecimal("10.50"),
                        i % 7 == 0 ? new BigDecimal("11") : new BigDecimal("8.25"));
                data.automatic(contract, product, "Subscription " + i, 1 + i % 40, BillingData.START);
            }
            app.signInAsAdmin(browser);
            Cookie session = browser.getCookieManager().getCookie("SEATKEEPER_SESSION");
            URI page = URI.create(app.url("/contracts/" + contract));
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            HttpRequest request = HttpRequest.newBuilder(page).header("Cookie", "SEATKEEPER_SESSION="
                    + session.getValue()).GET().build();
            run(client, request, users, Math.max(10, perUser / 5)); // warm-up
            long t0 = System.nanoTime();
            List<Long> latencies = run(client, request, users, perUser);
            double seconds = (System.nanoTime() - t0) / 1e9;
            Collections.sort(latencies);
            System.out.printf("contract page, %d subscriptions, %d users x %d requests: %.0f req/s, p50 %.1f ms,"
                            + " p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", subscriptions, users, perUser,
                    latencies.size() / seconds, ms(latencies, 0.50), ms(latencies, 0.95), ms(latencies, 0.99),
                    latencies.get(latencies.size() - 1) / 1e6);
        }
    }

    private static List<Long> run(HttpClient client, HttpRequest request, int users, int perUser) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(users);
        try {
            List<Future<List<Long>>> results = new ArrayList<>();
            for (int u = 0; u < users; u++) {
                results.add(pool.submit(() -> {
                    List<Long> times = new ArrayList<>(perUser);
                    for (int i = 0; i < perUser; i++) {
                        long start = System.nanoTime();
                        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        times.add(System.nanoTime() - start);
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException("HTTP " + response.statusCode());
                        }
                    }
                    return times;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> f : results) {
                all.addAll(f.get());
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
