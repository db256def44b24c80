package org.seatkeeper.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class GraphIT {

    private final TestHttp http = new TestHttp();
    private ProviderEmulator emulator;

    @BeforeEach
    void start() {
        emulator = ProviderEmulator.start(EmulatorSettings.defaults().withTenants(10));
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private Map<String, String> auth(String tenantId) {
        DemoCredentials.Graph c = emulator.credentials().graph();
        String token = http.postForm(emulator.graphTokenUri(tenantId), "grant_type=client_credentials&client_id=" + c.clientId()
                + "&client_secret=" + c.clientSecret() + "&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default").json().get("access_token").asText();
        return Map.of("Authorization", "Bearer " + token);
    }

    private String pcTenant(int index) {
        String pcToken = http.partnerCenterToken(emulator);
        return http.get(emulator.apiBaseUri(Api.PARTNER_CENTER).resolve("customers?size=50"), Map.of("Authorization", "Bearer " + pcToken))
                .json().get("items").get(index).get("companyProfile").get("tenantId").asText();
    }

    @Test
    void shouldReportSkusWithPrepaidAndConsumedUnitsAndSomeIdleSeats() {
        // given
        int idle = 0;

        // when
        for (int i = 0; i < 10; i++) {
            JsonNode skus = http.get(emulator.apiBaseUri(Api.GRAPH).resolve("subscribedSkus"), auth(pcTenant(i))).json().get("value");
            for (JsonNode sku : skus) {
                assertThat(sku.get("skuId").asText()).hasSize(36);
                assertThat(sku.get("skuPartNumber").asText()).isNotBlank();
                assertThat(sku.get("prepaidUnits").has("enabled")).isTrue();
                assertThat(sku.get("prepaidUnits").has("lockedOut")).isTrue();
                assertThat(sku.get("prepaidUnits").has("suspended")).isTrue();
                assertThat(sku.get("prepaidUnits").has("warning")).isTrue();
                idle += Math.max(0, sku.get("prepaidUnits").get("enabled").asInt() - sku.get("consumedUnits").asInt());
            }
        }

        // then
        assertThat(idle).isPositive();
    }

    @Test
    void shouldPageUsersWhoseLicencesMatchConsumedUnits() {
        // given
        String tenant = pcTenant(0);
        Map<String, String> auth = auth(tenant);
        JsonNode skus = http.get(emulator.apiBaseUri(Api.GRAPH).resolve("subscribedSkus"), auth).json().get("value");
        Map<String, Integer> assigned = new HashMap<>();

        // when
        URI next = emulator.apiBaseUri(Api.GRAPH).resolve("users?$select=id,userPrincipalName,assignedLicenses&$top=5");
        int pages = 0;
        while (next != null) {
            JsonNode page = http.get(next, auth).json();
            page.get("value").forEach(u -> {
                assertThat(u.has("displayName")).isFalse();
                u.get("assignedLicenses").forEach(l -> assigned.merge(l.get("skuId").asText(), 1, Integer::sum));
            });
            next = page.has("@odata.nextLink") ? URI.create(page.get("@odata.nextLink").asText()) : null;
            pages++;
        }

        // then
        assertThat(pages).isGreaterThan(1);
        for (JsonNode sku : skus) {
            assertThat(assigned.getOrDefault(sku.get("skuId").asText(), 0)).isEqualTo(sku.get("consumedUnits").asInt());
        }
    }

    @Test
    void shouldRefuseATokenForAnUnknownTenant() {
        // when
        DemoCredentials.Graph c = emulator.credentials().graph();
        TestHttp.Reply reply = http.postForm(emulator.graphTokenUri("00000000-0000-4000-8000-000000000000"),
                "grant_type=client_credentials&client_id=" + c.clientId() + "&client_secret=" + c.clientSecret());

        // then
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("error").asText()).isEqualTo("invalid_request");
    }
}
