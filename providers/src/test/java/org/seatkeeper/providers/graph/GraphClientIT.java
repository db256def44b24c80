package org.seatkeeper.providers.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.emulator.Api;
import org.seatkeeper.emulator.EmulatorSettings;
import org.seatkeeper.emulator.ProviderEmulator;
import org.seatkeeper.providers.http.TestTransports;
import org.seatkeeper.providers.partnercenter.PartnerCenterClient;
import org.seatkeeper.providers.partnercenter.PartnerCenterSettings;

class GraphClientIT {

    private ProviderEmulator emulator;
    private GraphClient client;
    private String tenantId;

    @BeforeEach
    void start() {
        emulator = ProviderEmulator.start(EmulatorSettings.defaults().withPort(0).withTenants(5));
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
        client.subscribedSkus(tenantId);
        emulator.control().failNext(Api.GRAPH, 2, 429);

        // when / then
        assertThat(client.subscribedSkus(tenantId)).isNotEmpty();
        assertThat(URI.create(emulator.tokenUri(Api.GRAPH).toString())).isNotNull();
    }
}
