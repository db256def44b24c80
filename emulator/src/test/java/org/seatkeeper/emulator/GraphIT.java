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

    private TestHttp.Reply delegatedToken(String tenantId) {
        DemoCredentials.PartnerCenter pc = emulator.credentials().partnerCenter();
        return http.postForm(emulator.graphTokenUri(tenantId), "grant_type=refresh_token&client_id=" + pc.clientId()
                + "&client_secret=" + pc.clientSecret() + "&refresh_token=" + pc.refreshToken()
                + "&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default");
    }

    @Test
    void shouldReachATenantThroughThePartnersDelegatedAccessUntilItEnds() {
        // given
        String tenant = pcTenant(1);
        TestHttp.Reply token = delegatedToken(tenant);
        Map<String, String> auth = Map.of("Authorization", "Bearer " + token.json().get("access_token").asText());

        // when
        TestHttp.Reply skus = http.get(emulator.apiBaseUri(Api.GRAPH).resolve("subscribedSkus"), auth);
        emulator.control().setDelegatedAccess(tenant, false);
        TestHttp.Reply afterEnd = http.get(emulator.apiBaseUri(Api.GRAPH).resolve("subscribedSkus"), auth);
        TestHttp.Reply newToken = delegatedToken(tenant);

        // then
        assertThat(token.status()).isEqualTo(200);
        assertThat(token.json().has("refresh_token")).isTrue();
        assertThat(skus.status()).isEqualTo(200);
        assertThat(afterEnd.status()).isEqualTo(403);
        assertThat(newToken.status()).isEqualTo(400);
        assertThat(newToken.json().get("error_description").asText()).contains("AADSTS50020");
    }

    @Test
    void shouldCountLicencesAlikeInGraphAndPartnerCenter() {
        // given
        String tenant = pcTenant(2);
        String pcToken = http.partnerCenterToken(emulator);

        // when
        JsonNode graph = http.get(emulator.apiBaseUri(Api.GRAPH).resolve("subscribedSkus"), auth(tenant)).json().get("value");
        JsonNode partner = http.get(emulator.apiBaseUri(Api.PARTNER_CENTER).resolve("customers/" + tenant + "/subscribedskus"),
                Map.of("Authorization", "Bearer " + pcToken)).json().get("items");

        // then
        assertThat(partner).hasSameSizeAs(graph);
        for (JsonNode sku : graph) {
            JsonNode same = null;
            for (JsonNode p : partner) {
                if (p.get("productSku").get("id").asText().equals(sku.get("skuId").asText())) {
                    same = p;
                }
            }
            assertThat(same).isNotNull();
            assertThat(same.get("activeUnits").asInt()).isEqualTo(sku.get("prepaidUnits").get("enabled").asInt());
            assertThat(same.get("consumedUnits").asInt()).isEqualTo(sku.get("consumedUnits").asInt());
            assertThat(same.get("suspendedUnits").asInt()).isEqualTo(sku.get("prepaidUnits").get("suspended").asInt());
            assertThat(same.get("warningUnits").asInt()).isEqualTo(sku.get("prepaidUnits").get("warning").asInt());
        }
    }

    @Test
    void shouldFollowLicencesAssignedByTheControlApi() {
        // given a SKU of the tenant with active seats
        String tenant = pcTenant(3);
        JsonNode sku = null;
        for (JsonNode s : http.get(emulator.apiBaseUri(Api.GRAPH).resolve("subscribedSkus"), auth(tenant)).json().get("value")) {
            if (s.get("prepaidUnits").get("enabled").asInt() > 1) {
                sku = s;
            }
        }
        assertThat(sku).isNotNull();
        int enabled = sku.get("prepaidUnits").get("enabled").asInt();

        // when one seat is left unassigned
        emulator.control().setAssignedLicences(tenant, sku.get("skuPartNumber").asText(), enabled - 1);

        // then Graph counts it and one user fewer holds the licence than there are seats
        String skuId = sku.get("skuId").asText();
        JsonNode after = null;
        for (JsonNode s : http.get(emulator.apiBaseUri(Api.GRAPH).resolve("subscribedSkus"), auth(tenant)).json().get("value")) {
            if (s.get("skuId").asText().equals(skuId)) {
                after = s;
            }
        }
        assertThat(after.get("consumedUnits").asInt()).isEqualTo(enabled - 1);
        int holders = 0;
        for (JsonNode u : http.get(emulator.apiBaseUri(Api.GRAPH).resolve("users?$top=999"), auth(tenant)).json().get("value")) {
            for (JsonNode l : u.get("assignedLicenses")) {
                holders += l.get("skuId").asText().equals(skuId) ? 1 : 0;
            }
        }
        assertThat(holders).isEqualTo(enabled - 1);
    }
}
