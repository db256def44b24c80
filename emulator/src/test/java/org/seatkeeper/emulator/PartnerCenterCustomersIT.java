package org.seatkeeper.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PartnerCenterCustomersIT {

    private final TestHttp http = new TestHttp();
    private ProviderEmulator emulator;
    private String token;

    @BeforeEach
    void start() {
        emulator = ProviderEmulator.start(EmulatorSettings.defaults().withTenants(23));
        token = http.partnerCenterToken(emulator);
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private Map<String, String> auth() {
        return Map.of("Authorization", "Bearer " + token, "Accept", "application/json");
    }

    private URI pc(String path) {
        return emulator.apiBaseUri(Api.PARTNER_CENTER).resolve(path);
    }

    @Test
    void shouldPageCustomersWithContinuationTokens() {
        // given
        List<String> ids = new ArrayList<>();
        TestHttp.Reply page = http.get(pc("customers?size=10"), auth());
        int pages = 1;

        // when
        while (true) {
            JsonNode json = page.json();
            assertThat(json.get("attributes").get("objectType").asText()).isEqualTo("Collection");
            assertThat(json.get("totalCount").asInt()).isEqualTo(json.get("items").size());
            json.get("items").forEach(item -> ids.add(item.get("id").asText()));
            JsonNode next = json.path("links").path("next");
            if (next.isMissingNode()) {
                break;
            }
            assertThat(next.get("uri").asText()).contains("seekOperation=Next");
            Map<String, String> headers = new HashMap<>(auth());
            next.get("headers").forEach(h -> headers.put(h.get("key").asText(), h.get("value").asText()));
            assertThat(headers).containsKey("MS-ContinuationToken");
            page = http.get(emulator.baseUri().resolve(next.get("uri").asText()), headers);
            pages++;
        }

        // then
        assertThat(pages).isEqualTo(3);
        assertThat(ids).hasSize(23).doesNotHaveDuplicates();
        JsonNode first = http.get(pc("customers?size=1"), auth()).json().get("items").get(0);
        assertThat(first.get("companyProfile").get("domain").asText()).endsWith(".onmicrosoft.com");
        assertThat(first.get("companyProfile").get("tenantId").asText()).isEqualTo(first.get("id").asText());
        assertThat(first.get("relationshipToPartner").asText()).isEqualTo("reseller");
    }

    @Test
    void shouldRefuseCallsWithoutAValidBearer() {
        // when
        TestHttp.Reply reply = http.get(pc("customers"), Map.of("Authorization", "Bearer nope"));

        // then
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().get("source").asText()).isEqualTo("PartnerFD");
    }

    @Test
    void shouldRefuseAWrongClientSecretAtTheTokenEndpoint() {
        // when
        TestHttp.Reply reply = http.postForm(emulator.tokenUri(Api.PARTNER_CENTER),
                "grant_type=refresh_token&refresh_token=wrong&client_id=" + emulator.credentials().partnerCenter().clientId()
                        + "&client_secret=" + emulator.credentials().partnerCenter().clientSecret());

        // then
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("error").asText()).isEqualTo("invalid_grant");
        assertThat(reply.json().has("error_description")).isTrue();
    }

    @Test
    void shouldCreateACustomerOnlyOncePerRequestId() {
        // given
        String body = """
                {"CompanyProfile":{"Domain":"idempotentdental"},
                 "BillingProfile":{"Email":"jo@example.com","Culture":"en-US","Language":"en","CompanyName":"Idempotent Dental",
                   "DefaultAddress":{"FirstName":"Jo","LastName":"Doe","AddressLine1":"1 Main St","City":"Seattle","State":"WA",
                   "PostalCode":"98101","Country":"US","PhoneNumber":"2065550100"}}}""";
        Map<String, String> headers = new HashMap<>(auth());
        headers.put("MS-RequestId", "11111111-2222-3333-4444-555555555555");
        headers.put("MS-CorrelationId", "99999999-2222-3333-4444-555555555555");

        // when
        TestHttp.Reply first = http.postJson(pc("customers"), headers, body);
        TestHttp.Reply replay = http.postJson(pc("customers"), headers, body);
        headers.put("MS-RequestId", "21111111-2222-3333-4444-555555555555");
        TestHttp.Reply other = http.postJson(pc("customers"), headers, body);

        // then
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.header("MS-RequestId")).isEqualTo("11111111-2222-3333-4444-555555555555");
        assertThat(first.header("MS-CorrelationId")).isEqualTo("99999999-2222-3333-4444-555555555555");
        assertThat(first.json().get("userCredentials").get("password").asText()).isNotBlank();
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.json().get("id").asText()).isEqualTo(first.json().get("id").asText());
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.json().get("source").asText()).isEqualTo("PartnerFD");
        String filter = java.net.URLEncoder.encode("{\"Field\":\"Domain\",\"Value\":\"idempotentd\",\"Operator\":\"starts_with\"}",
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(http.get(pc("customers?size=0&filter=" + filter), auth()).json().get("items")).hasSize(1);
    }

    @Test
    void shouldShowAnAcceptedProspectAsResellerCustomer() {
        // given
        ProspectTenant prospect = emulator.control().prospects().get(0);

        // when
        String customerId = emulator.control().acceptRelationship(prospect.domain());

        // then
        assertThat(customerId).isEqualTo(prospect.tenantId());
        JsonNode customer = http.get(pc("customers/" + customerId), auth()).json();
        assertThat(customer.get("relationshipToPartner").asText()).isEqualTo("reseller");
        assertThat(customer.get("companyProfile").get("domain").asText()).isEqualTo(prospect.domain());
        assertThat(emulator.control().prospects()).doesNotContain(prospect);
    }
}
