package org.seatkeeper.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ConnectWiseIT {

    private final TestHttp http = new TestHttp();
    private ProviderEmulator emulator;
    private Map<String, String> auth;

    @BeforeEach
    void start() {
        emulator = ProviderEmulator.start(EmulatorSettings.defaults().withTenants(10));
        DemoCredentials.ConnectWise c = emulator.credentials().connectWise();
        String basic = Base64.getEncoder().encodeToString((c.companyId() + "+" + c.publicKey() + ":" + c.privateKey())
                .getBytes(StandardCharsets.UTF_8));
        auth = Map.of("Authorization", "Basic " + basic, "clientId", c.clientId());
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private URI cw(String path) {
        return emulator.apiBaseUri(Api.CONNECTWISE).resolve(path);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void shouldServeTheCodebaseFromCompanyInfo() {
        // when
        JsonNode info = http.get(emulator.tokenUri(Api.CONNECTWISE), Map.of()).json();

        // then
        assertThat(info.get("Codebase").asText()).isEqualTo("v4_6_release/");
    }

    @Test
    void shouldPageWithALinkHeader() {
        // when
        TestHttp.Reply first = http.get(cw("company/companies?pageSize=7"), auth);
        int total = http.get(cw("company/companies/count"), auth).json().get("count").asInt();

        // then
        assertThat(total).isEqualTo(30);
        assertThat(first.json()).hasSize(7);
        assertThat(first.header("Link")).contains("rel=\"next\"").contains("rel=\"last\"").contains("page=2").contains("page=5");
        String next = first.header("Link").split(">")[0].substring(1);
        TestHttp.Reply second = http.get(URI.create(next), auth);
        assertThat(second.json().get(0).get("id").asInt()).isNotEqualTo(first.json().get(0).get("id").asInt());
        TestHttp.Reply last = http.get(cw("company/companies?pageSize=7&page=5"), auth);
        assertThat(last.json()).hasSize(2);
        assertThat(last.header("Link")).doesNotContain("rel=\"next\"").contains("rel=\"prev\"");
    }

    @Test
    void shouldFilterAgreementsWithConditions() {
        // given
        JsonNode company = http.get(cw("company/companies?pageSize=1"), auth).json().get(0);
        String conditions = "company/id = " + company.get("id").asInt() + " and agreementStatus = \"Active\"";

        // when
        JsonNode agreements = http.get(cw("finance/agreements?conditions=" + encode(conditions)), auth).json();
        JsonNode active = http.get(cw("finance/agreements?pageSize=1000&conditions=" + encode("agreementStatus = \"Active\"")), auth).json();
        JsonNode all = http.get(cw("finance/agreements?pageSize=1000"), auth).json();
        TestHttp.Reply broken = http.get(cw("finance/agreements?conditions=" + encode("company/id = ")), auth);

        // then
        assertThat(agreements).hasSize(1);
        assertThat(agreements.get(0).get("company").get("id").asInt()).isEqualTo(company.get("id").asInt());
        assertThat(active.size()).isLessThan(all.size()).isEqualTo(30);
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json().has("errors")).isTrue();
    }

    @Test
    void shouldCreatePatchAndCancelAdditions() {
        // given
        int agreementId = http.get(cw("finance/agreements?pageSize=1"), auth).json().get(0).get("id").asInt();
        String additions = "finance/agreements/" + agreementId + "/additions";
        Map<String, String> json = new HashMap<>(auth);
        json.put("Content-Type", "application/json");

        // when
        TestHttp.Reply created = http.postJson(cw(additions), auth,
                "{\"product\":{\"identifier\":\"M365-BP-M\"},\"billCustomer\":\"Billable\",\"quantity\":5,\"effectiveDate\":\"2026-11-01T00:00:00Z\"}");
        int id = created.json().get("id").asInt();
        TestHttp.Reply patched = http.send("PATCH", cw(additions + "/" + id), json, "[{\"op\":\"replace\",\"path\":\"quantity\",\"value\":12}]");
        http.send("PATCH", cw(additions + "/" + id), json, "[{\"op\":\"replace\",\"path\":\"cancelledDate\",\"value\":\"2026-11-30T00:00:00Z\"}]");
        JsonNode open = http.get(cw(additions + "?pageSize=1000&conditions=" + encode("cancelledDate = null")), auth).json();
        TestHttp.Reply invalid = http.postJson(cw(additions), auth, "{\"billCustomer\":\"Billable\",\"quantity\":5}");

        // then
        assertThat(created.status()).isEqualTo(201);
        assertThat(patched.json().get("quantity").asInt()).isEqualTo(12);
        assertThat(patched.json().get("billedQuantity").asDouble()).isEqualTo(12.0);
        assertThat(open).noneMatch(a -> a.get("id").asInt() == id);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("errors").get(0).get("field").asText()).isEqualTo("product");
    }

    @Test
    void shouldRequireAuthAndClientId() {
        // when
        TestHttp.Reply noAuth = http.get(cw("company/companies"), Map.of("clientId", emulator.credentials().connectWise().clientId()));
        TestHttp.Reply noClientId = http.get(cw("company/companies"), Map.of("Authorization", auth.get("Authorization")));

        // then
        assertThat(noAuth.status()).isEqualTo(401);
        assertThat(noAuth.json().has("code")).isTrue();
        assertThat(noAuth.json().has("message")).isTrue();
        assertThat(noClientId.status()).isEqualTo(400);
    }
}
