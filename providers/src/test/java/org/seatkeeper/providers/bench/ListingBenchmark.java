package org.seatkeeper.providers.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.seatkeeper.emulator.Api;
import org.seatkeeper.emulator.EmulatorSettings;
import org.seatkeeper.emulator.FaultSettings;
import org.seatkeeper.emulator.ProviderEmulator;
import org.seatkeeper.providers.connector.AccountPage;
import org.seatkeeper.providers.connector.ConnectorSettings;
import org.seatkeeper.providers.connector.ProviderConnector;
import org.seatkeeper.providers.connector.ProviderConnectors;
import org.seatkeeper.providers.connector.ProviderKind;
import org.seatkeeper.providers.http.TransportSettings;

/**
 * Lists 10,000 Partner Center tenants and each one's subscriptions through the connector, against the emulator with
 * 20 ms added latency and a 200 requests/second limit. The client starts above the limit on purpose, so the run also
 * shows it learning the server's limit. About 10,020 requests at 200/s: the lower bound is about 50 s.
 *
 * <p>Arguments: [worker threads, default 8] [client requests/second to start with, default 250] [tenants, default 10000]
 */
public final class ListingBenchmark {

    private ListingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        double clientRps = args.length > 1 ? Double.parseDouble(args[1]) : 250;
        int tenants = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        FaultSettings faults = FaultSettings.none().withRequestsPerSecondLimit(200)
                .withAddedLatency(Duration.ofMillis(20));
        try (ProviderEmulator emulator = ProviderEmulator.start(EmulatorSettings.defaults().withPort(0)
                .withTenants(tenants).withFaults(Api.PARTNER_CENTER, faults))) {
            ProviderConnector connector = ProviderConnectors.create(ProviderKind.PARTNER_CENTER,
                    settings(emulator, clientRps), null);
            run(emulator, connector, threads, clientRps, tenants);
        }
    }

    private static ConnectorSettings settings(ProviderEmulator emulator, double clientRps) {
        var credentials = emulator.credentials().partnerCenter();
        TransportSettings transport = TransportSettings.defaults()
                .withRequestsPerSecond(clientRps)
                .withRetry(6, Duration.ofMillis(100), Duration.ofSeconds(2))
                .withMaxRetryAfter(Duration.ofSeconds(2));
        return ConnectorSettings.defaults(ProviderKind.PARTNER_CENTER, Map.of(
                        "partnerTenantId", credentials.partnerTenantId(), "clientId", credentials.clientId(),
                        "clientSecret", credentials.clientSecret(), "refreshToken", credentials.refreshToken()))
                .withBaseUri(emulator.apiBaseUri(Api.PARTNER_CENTER))
                .withTokenUri(emulator.tokenUri(Api.PARTNER_CENTER))
                .withTransport(transport);
    }

    private static void run(ProviderEmulator emulator, ProviderConnector connector, int threads, double clientRps,
                            int tenants) throws Exception {
        int requestsBefore = emulator.control().requestCount(Api.PARTNER_CENTER);
        int throttledBefore = emulator.control().throttledCount(Api.PARTNER_CENTER);
        AtomicInteger throttledAt10s = new AtomicInteger(-1);
        AtomicLong subscriptions = new AtomicLong();
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        long start = System.nanoTime();
        timer.schedule(() -> throttledAt10s.set(emulator.control().throttledCount(Api.PARTNER_CENTER)),
                10, TimeUnit.SECONDS);
        List<Future<?>> pending = new ArrayList<>();
        int accounts = 0;
        String token = null;
        do {
            AccountPage page = connector.listAccounts(token);
            for (var account : page.accounts()) {
                pending.add(workers.submit(() -> subscriptions.addAndGet(
                        connector.listSubscriptions(account.externalId()).subscriptions().size())));
            }
            accounts += page.accounts().size();
            token = page.nextPageToken();
        } while (token != null);
        for (Future<?> future : pending) {
            future.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        workers.shutdown();
        timer.shutdownNow();
        int requests = emulator.control().requestCount(Api.PARTNER_CENTER) - requestsBefore;
        int throttled = emulator.control().throttledCount(Api.PARTNER_CENTER) - throttledBefore;
        int after10s = throttledAt10s.get() < 0 ? 0
                : emulator.control().throttledCount(Api.PARTNER_CENTER) - throttledAt10s.get();
        System.out.printf("tenants=%d threads=%d clientStartRps=%.0f server limit=200/s latency=20ms%n",
                tenants, threads, clientRps);
        System.out.printf("accounts=%d subscriptions=%d%n", accounts, subscriptions.get());
        System.out.printf("total time: %.1f s (bound about %.1f s)%n", seconds, requests / 200.0);
        System.out.printf("requests: %d (%.0f/s)%n", requests, requests / seconds);
        System.out.printf("429s received: %d; 429s after the first 10 s: %d%n", throttled, after10s);
    }
}
