package org.seatkeeper.providers.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.emulator.Api;
import org.seatkeeper.emulator.EmulatorSettings;
import org.seatkeeper.emulator.FaultSettings;
import org.seatkeeper.emulator.ProviderEmulator;
import org.seatkeeper.providers.http.MutableClock;
import org.seatkeeper.providers.http.ProviderAuthException;
import org.seatkeeper.providers.http.ProviderThrottledException;
import org.seatkeeper.providers.http.ProviderUnavailableException;
import org.seatkeeper.providers.http.TestTransports;
import org.seatkeeper.providers.partnercenter.PartnerCenterClient;
import org.seatkeeper.providers.partnercenter.PartnerCenterSettings;

class GraphClientIT {

    private MutableClock emulatorClock;
    private ProviderEmulator emulator;
    private GraphClient client;
    private String tenantId;

    @BeforeEach
    void start() {
        emulatorClock = new MutableClock(Instant.now());
        emulator = ProviderEmulator.start(EmulatorSettings.defaults().withPort(0).withTenants(5), emulatorClock);
        var graph = emulator.credentials().graph();
        client = new GraphClient(new GraphSettings(emulator.apiBaseUri(Api.GRAPH), emulator.tokenUri(Api.GRAPH),
                graph.clientId(), graph.clientSecret(), TestTransports.fast()), TestTransports.transport(Clock.systemUTC()));
        var pc = emulator.credentials().partnerCenter();
        var partnerCenter = new PartnerCenterClient(new PartnerCenterSettings(emulator.apiBaseUri(Api.PARTNER_CENTER),
                emulator.tokenUri(Api.PARTNER_CENTER), pc.clientId(), pc.clientSecret(), pc.refreshToken(),
                TestTransports.fast(), java.time.Duration.ofMillis(1), 5), TestTransports.transport(Clock.systemUTC()));
        tenantId = partnerCenter.listCustomers(1).customers().get(0).value().companyProfile().tenantId();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void shouldReadLicenceCountsAndAssignedUsersOfACustomerTenant() {
        // when
        List<GraphSku> skus = client.subscribedSkus(tenantId);
        List<GraphUser> users = client.users(tenantId);

        // then
        assertThat(skus).isNotEmpty().allSatisfy(sku -> {
            assertThat(sku.skuId()).isNotBlank();
            assertThat(sku.consumed()).isLessThanOrEqualTo(sku.enabled());
        });
        int consumed = skus.stream().mapToInt(GraphSku::consumed).sum();
        long assigned = users.stream().mapToLong(u -> u.assignedSkuIds().size()).sum();
        assertThat(assigned).isEqualTo(consumed);
    }

    @Test
    void shouldRetryAThrottledGraphCall() {
        // given
        List<GraphSku> expected = client.subscribedSkus(tenantId);
        int requestsBefore = emulator.control().requestCount(Api.GRAPH);
        emulator.control().failNext(Api.GRAPH, 2, 429);

        // when
        List<GraphSku> skus = client.subscribedSkus(tenantId);

        // then the emulator answered 429 twice, and the call asked again until it got the tenant's SKUs
        assertThat(emulator.control().throttledCount(Api.GRAPH)).isEqualTo(2);
        assertThat(emulator.control().requestCount(Api.GRAPH) - requestsBefore).isGreaterThanOrEqualTo(3);
        assertThat(skus).isNotEmpty().isEqualTo(expected);
    }

    @Test
    void shouldRetryServerErrorsAndSucceed() {
        // given
        List<GraphSku> expected = client.subscribedSkus(tenantId);
        int requestsBefore = emulator.control().requestCount(Api.GRAPH);
        emulator.control().failNext(Api.GRAPH, 3, 503);

        // when
        List<GraphSku> skus = client.subscribedSkus(tenantId);

        // then the three 503s were served to this call (it did not answer from anywhere else) and it asked again
        assertThat(emulator.control().requestCount(Api.GRAPH) - requestsBefore).isGreaterThanOrEqualTo(4);
        assertThat(skus).isEqualTo(expected);
    }

    @Test
    void shouldGiveUpAfterTheBoundWithTypedExceptions() {
        // given
        client.subscribedSkus(tenantId);
        emulator.control().failNext(Api.GRAPH, 4, 503);

        // when / then
        assertThatThrownBy(() -> client.users(tenantId))
                .isInstanceOf(ProviderUnavailableException.class)
                .hasMessageStartingWith("Microsoft Graph is unavailable: HTTP 503 on GET /graph/v1.0/users")
                .hasMessageContaining("after 4 attempts");

        // given
        emulator.control().failNext(Api.GRAPH, 4, 429);

        // when / then
        assertThatThrownBy(() -> client.subscribedSkus(tenantId))
                .isInstanceOf(ProviderThrottledException.class)
                .hasMessageStartingWith("Microsoft Graph is still throttling requests (HTTP 429) after 4 attempts");
    }

    @Test
    void shouldRefreshAnExpiredTenantTokenOnceAndRetry() {
        // given: a cached token for the tenant, then the server's clock moves past its one-hour lifetime
        List<GraphSku> expected = client.subscribedSkus(tenantId);
        emulatorClock.advance(Duration.ofHours(2));

        // when
        List<GraphSku> skus = client.subscribedSkus(tenantId);

        // then
        assertThat(skus).isEqualTo(expected);
    }

    @Test
    void shouldReportTenantTokensThatStayRefused() {
        // given
        emulator.control().setFaults(Api.GRAPH, FaultSettings.none().withExpiredTokens(true));

        // when / then
        assertThatThrownBy(() -> client.subscribedSkus(tenantId))
                .isInstanceOf(ProviderAuthException.class)
                .hasMessageContaining("Microsoft Graph")
                .hasMessageNotContaining(emulator.credentials().graph().clientSecret());
    }
}
