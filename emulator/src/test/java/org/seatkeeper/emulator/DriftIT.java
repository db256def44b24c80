package org.seatkeeper.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DriftIT {

    private final TestHttp http = new TestHttp();

    @Test
    void shouldDriftTheSameWayForTheSameSeed() {
        // given
        try (ProviderEmulator a = ProviderEmulator.start(EmulatorSettings.defaults());
             ProviderEmulator b = ProviderEmulator.start(EmulatorSettings.defaults())) {

            // when
            DriftReport first = a.control().advanceDay();
            DriftReport second = b.control().advanceDay();

            // then
            assertThat(first).isEqualTo(second);
            assertThat(first.day()).isEqualTo(a.control().today()).isEqualTo(java.time.LocalDate.of(2026, 11, 2));
            assertThat(first.newTenants()).hasSize(3);
            assertThat(first.seatIncreases()).isNotEmpty();
            assertThat(first.cancelled()).hasSize(1);
        }
    }

    @Test
    void shouldShowNewTenantsAndRenewalsOverAWeek() {
        try (ProviderEmulator emulator = ProviderEmulator.start(EmulatorSettings.defaults())) {
            // given
            String token = http.partnerCenterToken(emulator);
            int before = http.get(emulator.apiBaseUri(Api.PARTNER_CENTER).resolve("customers?size=500"),
                    Map.of("Authorization", "Bearer " + token)).json().get("items").size();
            int renewals = 0;

            // when
            for (int day = 0; day < 7; day++) {
                renewals += emulator.control().advanceDay().renewals().size();
            }

            // then
            int after = http.get(emulator.apiBaseUri(Api.PARTNER_CENTER).resolve("customers?size=500"),
                    Map.of("Authorization", "Bearer " + token)).json().get("items").size();
            assertThat(after).isEqualTo(before + 7);
            assertThat(renewals).isPositive();
        }
    }

    @Test
    void shouldAdvanceTheDayOverTheControlEndpoint() {
        try (ProviderEmulator emulator = ProviderEmulator.start(EmulatorSettings.defaults())) {
            // when
            JsonNode report = http.send("POST", emulator.baseUri().resolve("/_emulator/advance-day"), Map.of(), null).json();
            JsonNode info = http.get(emulator.baseUri().resolve("/_emulator"), Map.of()).json();

            // then
            assertThat(report.get("day").asText()).isEqualTo("2026-11-02");
            assertThat(info.get("today").asText()).isEqualTo("2026-11-02");
            assertThat(info.get("apis").get("partnerCenter").get("baseUrl").asText()).endsWith("/partnercenter/v1/");
            assertThat(info.get("apis").get("ion").get("tokenUrl").asText()).endsWith("/ion/oauth/token");
            assertThat(info.get("credentials").get("ion").get("accountId").asInt()).isEqualTo(10001);
            assertThat(info.get("faults").has("connectWise")).isTrue();
        }
    }

    @Test
    void shouldInjectFaultsOverTheControlEndpoint() {
        try (ProviderEmulator emulator = ProviderEmulator.start(EmulatorSettings.defaults().withTenants(2))) {
            // given
            String token = http.partnerCenterToken(emulator);
            http.send("POST", emulator.baseUri().resolve("/_emulator/faults/partnercenter/fail-next?count=1&status=503"), Map.of(), null);

            // when
            int failed = http.get(emulator.apiBaseUri(Api.PARTNER_CENTER).resolve("customers"), Map.of("Authorization", "Bearer " + token)).status();
            http.send("PUT", emulator.baseUri().resolve("/_emulator/faults/partnercenter"), Map.of("Content-Type", "application/json"),
                    "{\"requestsPerSecondLimit\":0,\"expiredTokens\":true}");
            int expired = http.get(emulator.apiBaseUri(Api.PARTNER_CENTER).resolve("customers"), Map.of("Authorization", "Bearer " + token)).status();
            http.send("DELETE", emulator.baseUri().resolve("/_emulator/faults/partnercenter"), Map.of(), null);
            JsonNode prospects = http.get(emulator.baseUri().resolve("/_emulator/prospects"), Map.of()).json();

            // then
            assertThat(failed).isEqualTo(503);
            assertThat(expired).isEqualTo(401);
            assertThat(http.get(emulator.baseUri().resolve("/_emulator/faults/partnercenter"), Map.of()).json()
                    .get("expiredTokens").asBoolean()).isFalse();
            assertThat(prospects).hasSize(5);
        }
    }
}
