package org.seatkeeper.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class Pax8IT {

    private final TestHttp http = new TestHttp();
    private ProviderEmulator emulator;
    private Map<String, String> auth;

    @BeforeEach
    void start() {
        emulator = ProviderEmulator.start(EmulatorSettings.defaults().withTenants(12));
        DemoCredentials.Pax8 c = emulator.credentials().pax8();
        String token = http.postJson(emulator.tokenUri(Api.PAX8), Map.of(), "{\"client_id\":\"" + c.clientId() + "\",\"client_secret\":\""
                + c.clientSecret() + "\",\"audience\":\"https://api.pax8.com\",\"grant_type\":\"client_credentials\"}").json()
                .get("access_token").asText();
        auth = Map.of("Authorization", "Bearer " + token);
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private URI pax8(String path) {
        return emulator.apiBaseUri(Api.PAX8).resolve(path);
    }

    @Test
    void shouldPageCompaniesFromPageZero() {
        // when
        JsonNode first = http.get(pax8("companies?page=0&size=5"), auth).json();
        JsonNode last = http.get(pax8("companies?page=2&size=5"), auth).json();

        // then
        assertThat(first.get("page").get("number").asInt()).isZero();
        assertThat(first.get("page").get("totalElements").asInt()).isEqualTo(12);
        assertThat(first.get("page").get("totalPages").asInt()).isEqualTo(3);
        assertThat(first.get("content")).hasSize(5);
        assertThat(last.get("content")).hasSize(2);
        Set<String> ids = new HashSet<>();
        first.get("content").forEach(c -> ids.add(c.get("id").asText()));
        last.get("content").forEach(c -> ids.add(c.get("id").asText()));
        assertThat(ids).hasSize(7);
    }

    @Test
    void shouldRefuseAPageSizeAbove200() {
        // when
        TestHttp.Reply reply = http.get(pax8("subscriptions?page=0&size=201"), auth);

        // then
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().has("type")).isTrue();
        assertThat(reply.json().get("status").asInt()).isEqualTo(400);
        assertThat(reply.json().get("details").isArray()).isTrue();
    }

    @Test
    void shouldCarryTheTenantInProvisioningDetailsAndRecordHistory() {
        // given
        String companyId = http.get(pax8("companies?page=0&size=1"), auth).json().get("content").get(0).get("id").asText();
        JsonNode subscriptions = http.get(pax8("subscriptions?companyId=" + companyId + "&page=0&size=200"), auth).json();
        JsonNode s = subscriptions.get("content").get(0);

        // when
        TestHttp.Reply update = http.send("PUT", pax8("subscriptions/" + s.get("id").asText()),
                Map.of("Authorization", auth.get("Authorization"), "Content-Type", "application/json"),
                "{\"quantity\":" + (s.get("quantity").asInt() + 2) + "}");
        JsonNode history = http.get(pax8("subscriptions/" + s.get("id").asText() + "/history"), auth).json();

        // then
        Set<String> keys = new HashSet<>();
        s.get("provisioningDetails").forEach(d -> keys.add(d.get("key").asText()));
        assertThat(keys).contains("tenantId", "domain");
        assertThat(s.get("billingTerm").asText()).isIn("Monthly", "Annual");
        assertThat(s.get("status").asText()).isIn("Active", "Cancelled", "PendingCancel");
        if (s.get("status").asText().equals("Active")) {
            assertThat(update.status()).isEqualTo(200);
            assertThat(update.json().get("quantity").asInt()).isEqualTo(s.get("quantity").asInt() + 2);
            assertThat(history).hasSize(2);
        } else {
            assertThat(update.status()).isEqualTo(422);
        }
    }

    @Test
    void shouldRefuseBadCredentials() {
        // when
        TestHttp.Reply reply = http.postJson(emulator.tokenUri(Api.PAX8), Map.of(),
                "{\"client_id\":\"x\",\"client_secret\":\"y\",\"audience\":\"https://api.pax8.com\",\"grant_type\":\"client_credentials\"}");

        // then
        assertThat(reply.status()).isEqualTo(401);
    }
}
