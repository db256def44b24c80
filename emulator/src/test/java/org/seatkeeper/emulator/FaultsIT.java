package org.seatkeeper.emulator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

class FaultsIT {

    private final TestHttp http = new TestHttp();
    private ProviderEmulator emulator;
    private Map<String, String> auth;

    @BeforeEach
    void start() {
        emulator = ProviderEmulator.start(EmulatorSettings.defaults().withTenants(5));
        auth = Map.of("Authorization", "Bearer " + http.partnerCenterToken(emulator));
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private URI customers() {
        return emulator.apiBaseUri(Api.PARTNER_CENTER).resolve("customers");
    }

    @Test
    void shouldFailTheNextRequestsWithRetryAfterOn429() {
        // given
        emulator.control().failNext(Api.PARTNER_CENTER, 2, 429);

        // when
        TestHttp.Reply first = http.get(customers(), auth);
        TestHttp.Reply second = http.get(customers(), auth);
        TestHttp.Reply third = http.get(customers(), auth);

        // then
        assertThat(first.status()).isEqualTo(429);
        assertThat(first.header("Retry-After")).isEqualTo("1");
        assertThat(first.json().get("message").asText()).startsWith("Rate limit is exceeded");
        assertThat(second.status()).isEqualTo(429);
        assertThat(third.status()).isEqualTo(200);
        assertThat(emulator.control().throttledCount(Api.PARTNER_CENTER)).isEqualTo(2);
    }

    @Test
    void shouldNotCountTokenRequestsForFailNext() {
        // given
        emulator.control().failNext(Api.PARTNER_CENTER, 1, 503);

        // when
        String token = http.partnerCenterToken(emulator);
        TestHttp.Reply failed = http.get(customers(), Map.of("Authorization", "Bearer " + token));

        // then
        assertThat(token).isNotBlank();
        assertThat(failed.status()).isEqualTo(503);
        assertThat(failed.json().get("source").asText()).isEqualTo("PartnerFD");
    }

    @Test
    void shouldThrottleOverTheRequestsPerSecondLimit() {
        // given
        emulator.control().setFaults(Api.PARTNER_CENTER, FaultSettings.none().withRequestsPerMinuteLimit(3));

        // when
        List<Integer> statuses = new ArrayList<>();
        TestHttp.Reply last = null;
        for (int i = 0; i < 5; i++) {
            last = http.get(customers(), auth);
            statuses.add(last.status());
        }

        // then
        assertThat(statuses).containsExactly(200, 200, 200, 429, 429);
        assertThat(Integer.parseInt(last.header("Retry-After"))).isBetween(1, 60);
        assertThat(emulator.control().throttledCount(Api.PARTNER_CENTER)).isEqualTo(2);
    }

    @Test
    void shouldReportEveryTokenExpiredUntilCleared() {
        // given
        emulator.control().setFaults(Api.PARTNER_CENTER, FaultSettings.none().withExpiredTokens(true));

        // when
        TestHttp.Reply expired = http.get(customers(), auth);
        emulator.control().clearFaults(Api.PARTNER_CENTER);
        TestHttp.Reply fine = http.get(customers(), auth);

        // then
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.json().get("description").asText()).contains("expired");
        assertThat(fine.status()).isEqualTo(200);
    }

    @Test
    void shouldFailAfterSomeSuccessfulRequests() {
        // given
        emulator.control().failAfter(Api.PARTNER_CENTER, 2, 500);

        // when
        int a = http.get(customers(), auth).status();
        int b = http.get(customers(), auth).status();
        int c = http.get(customers(), auth).status();
        int d = http.get(customers(), auth).status();

        // then
        assertThat(List.of(a, b, c, d)).containsExactly(200, 200, 500, 500);
    }

    @Test
    void shouldTruncateBodiesWhenMalformed() {
        // given
        emulator.control().setFaults(Api.PARTNER_CENTER, FaultSettings.none().withMalformedBody(true));

        // when
        TestHttp.Reply reply = http.get(customers(), auth);

        // then
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).startsWith("{").doesNotEndWith("}");
    }

    @Test
    void shouldAnswerEveryConcurrentDelayedRequest() {
        // given
        emulator.control().setFaults(Api.PARTNER_CENTER, FaultSettings.none().withAddedLatency(Duration.ofMillis(200)));
        ExecutorService pool = Executors.newFixedThreadPool(50);

        // when
        List<CompletableFuture<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            calls.add(CompletableFuture.supplyAsync(() -> http.get(customers(), auth).status(), pool));
        }
        List<Integer> statuses = calls.stream().map(CompletableFuture::join).toList();
        pool.shutdown();

        // then (how fast is docs/benchmarks.md's business, not a test's: a bound on the clock fails on a loaded machine)
        assertThat(statuses).hasSize(400).allMatch(s -> s == 200);
        assertThat(emulator.control().requestCount(Api.PARTNER_CENTER)).isGreaterThanOrEqualTo(400);
    }

    @Test
    void shouldHoldMoreAnswersThanItHasThreadsWithoutStarvingAndSendThemAllOnRelease() {
        // given answers held, and more requests waiting at once than the emulator has threads (256)
        emulator.control().holdAnswers(Api.PARTNER_CENTER);
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest.Builder request = HttpRequest.newBuilder(customers());
        auth.forEach(request::header);
        List<CompletableFuture<HttpResponse<Void>>> calls = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            calls.add(client.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding()));
        }

        // when every one of them is held at once (no thread waits on a held answer: the control API still answers)
        int held = emulator.control().awaitHeldAnswers(Api.PARTNER_CENTER, 300, Duration.ofMinutes(2));
        boolean anyAnswered = calls.stream().anyMatch(CompletableFuture::isDone);
        emulator.control().releaseAnswers(Api.PARTNER_CENTER);

        // then none was answered before the release, and each was after it
        assertThat(held).isEqualTo(300);
        assertThat(anyAnswered).isFalse();
        assertThat(calls.stream().map(CompletableFuture::join).map(HttpResponse::statusCode)).hasSize(300)
                .allMatch(s -> s == 200);
        assertThat(http.get(customers(), auth).status()).isEqualTo(200);
    }
}
