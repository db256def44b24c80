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

        // then: ten companies per provider, and two that are nobody's tenant
        assertThat(total).isEqualTo(32);
        assertThat(first.json()).hasSize(7);
        assertThat(first.header("Link")).contains("rel=\"next\"").contains("rel=\"last\"").contains("page=2").contains("page=5");
        String next = first.header("Link").split(">")[0].substring(1);
        TestHttp.Reply second = http.get(URI.create(next), auth);
        assertThat(second.json().get(0).get("id").asInt()).isNotEqualTo(first.json().get(0).get("id").asInt());
        TestHttp.Reply last = http.get(cw("company/companies?pageSize=7&page=5"), auth);
        assertThat(last.json()).hasSize(4);
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

    @Test
    void shouldServeAgreementTypesAndAgreementsThatDoNotAllProrate() {
        // when
        JsonNode types = http.get(cw("finance/agreements/types?pageSize=100"), auth).json();
        JsonNode microsoft = http.get(cw("finance/agreements?pageSize=1000&conditions="
                + encode("type/name = \"Microsoft 365\" and agreementStatus = \"Active\"")), auth).json();
        JsonNode oneType = http.get(cw("finance/agreements/types/3"), auth).json();

        // then
        assertThat(types).extracting(t -> t.get("name").asText()).contains("Microsoft 365", "Managed Services");
        assertThat(oneType.get("name").asText()).isEqualTo("Microsoft 365");
        assertThat(microsoft).hasSize(30);
        assertThat(microsoft).anyMatch(a -> a.get("prorateFlag").asBoolean()).anyMatch(a -> !a.get("prorateFlag").asBoolean());
    }

    @Test
    void shouldMatchSomeCompaniesToTenantsByNameOnlyAndSomeByWebsiteOnly() {
        // given
        var tenants = emulator.control().accounts(Api.PARTNER_CENTER);

        // when
        JsonNode companies = http.get(cw("company/companies?pageSize=1000"), auth).json();

        // then
        java.util.Set<String> names = new java.util.HashSet<>();
        java.util.Set<String> websites = new java.util.HashSet<>();
        companies.forEach(c -> {
            names.add(c.get("name").asText());
            websites.add(c.path("website").asText(""));
        });
        long byName = tenants.stream().filter(t -> names.contains(t.companyName())).count();
        long byWebsite = tenants.stream().filter(t -> websites.contains("www." + t.domain().replace(".onmicrosoft.com", ".com"))).count();
        assertThat(byName).isBetween(1L, 9L);
        assertThat(byWebsite).isBetween(1L, 9L);
        assertThat(companies).anyMatch(c -> c.get("name").asText().equals("Seatkeeper Demo MSP"));
    }

    @Test
    void shouldCreateAndUpdateContactsButNeverDeleteThem() {
        // given
        int companyId = http.get(cw("company/companies?pageSize=1"), auth).json().get(0).get("id").asInt();
        Map<String, String> json = new HashMap<>(auth);
        json.put("Content-Type", "application/json");

        // when
        TestHttp.Reply created = http.postJson(cw("company/contacts"), auth, "{\"firstName\":\"Ada\",\"lastName\":\"Lovelace\","
                + "\"company\":{\"id\":" + companyId + "},\"communicationItems\":[{\"type\":{\"name\":\"Email\"},"
                + "\"value\":\"ada@example.com\",\"communicationType\":\"Email\",\"defaultFlag\":true}]}");
        int id = created.json().get("id").asInt();
        TestHttp.Reply patched = http.send("PATCH", cw("company/contacts/" + id), json, "[{\"op\":\"replace\",\"path\":\"lastName\",\"value\":\"King\"}]");
        TestHttp.Reply deleted = http.send("DELETE", cw("company/contacts/" + id), auth, null);
        JsonNode ofCompany = http.get(cw("company/contacts?conditions=" + encode("company/id = " + companyId)), auth).json();
        TestHttp.Reply noName = http.postJson(cw("company/contacts"), auth, "{\"company\":{\"id\":" + companyId + "}}");

        // then
        assertThat(created.status()).isEqualTo(201);
        assertThat(patched.json().get("lastName").asText()).isEqualTo("King");
        assertThat(deleted.status()).isEqualTo(405);
        assertThat(ofCompany).hasSize(2);
        assertThat(emulator.control().psaContacts(companyId)).extracting(PsaContactView::email).contains("ada@example.com");
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.json().get("errors").get(0).get("field").asText()).isEqualTo("firstName");
    }

    @Test
    void shouldShowAnAdditionEditedByHandAsAPersonsChange() {
        // given an addition written through the API
        int agreementId = http.get(cw("finance/agreements?pageSize=1"), auth).json().get(0).get("id").asInt();
        TestHttp.Reply created = http.postJson(cw("finance/agreements/" + agreementId + "/additions"), auth,
                "{\"product\":{\"identifier\":\"M365-BP-M\"},\"billCustomer\":\"Billable\",\"quantity\":5,\"effectiveDate\":\"2026-11-01T00:00:00Z\"}");
        int id = created.json().get("id").asInt();

        // when a person changes its quantity in ConnectWise
        emulator.control().editPsaAddition(agreementId, id, PsaAdditionEdit.quantity(7));

        // then the API answers the new quantity, recorded as the person's change
        JsonNode read = http.get(cw("finance/agreements/" + agreementId + "/additions/" + id), auth).json();
        assertThat(created.json().get("_info").get("updatedBy").asText()).isEqualTo("SeatkeeperAPI");
        assertThat(read.get("quantity").asInt()).isEqualTo(7);
        assertThat(read.get("_info").get("updatedBy").asText()).isEqualTo("jsmith");
        assertThat(emulator.control().psaAdditions(agreementId)).filteredOn(a -> a.id() == id)
                .singleElement().satisfies(a -> {
                    assertThat(a.quantity()).isEqualTo(7);
                    assertThat(a.effectiveDate()).isEqualTo(java.time.LocalDate.of(2026, 11, 1));
                    assertThat(a.cancelledDate()).isNull();
                });
    }
}
