package org.seatkeeper.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class IonIT {

    /** A real recorded StreamOne Ion response (copied from shared/docs/samples; see samples/README.md). */
    private static final String SAMPLE = "/samples/ion-v3-list-subscriptions.response.json";

    private final TestHttp http = new TestHttp();
    private ProviderEmulator emulator;

    @BeforeEach
    void start() {
        emulator = ProviderEmulator.start(EmulatorSettings.defaults().withTenants(8));
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private TestHttp.Reply refresh(String refreshToken) {
        return http.postForm(emulator.tokenUri(Api.ION), "grant_type=refresh_token&refresh_token=" + refreshToken);
    }

    private Map<String, String> auth() {
        return Map.of("Authorization", "Bearer " + refresh(emulator.control().issueIonRefreshToken()).json().get("access_token").asText());
    }

    private URI account(String path) {
        return emulator.apiBaseUri(Api.ION).resolve("accounts/" + emulator.credentials().ion().accountId() + "/" + path);
    }

    @Test
    void shouldAcceptARefreshTokenOnlyOnce() {
        // given
        String initial = emulator.credentials().ion().refreshToken();

        // when
        TestHttp.Reply first = refresh(initial);
        TestHttp.Reply again = refresh(initial);
        TestHttp.Reply next = refresh(first.json().get("refresh_token").asText());

        // then
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("expires_in").asInt()).isEqualTo(7200);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().get("error").asText()).isEqualTo("cannot validate token: redis: nil");
        assertThat(next.status()).isEqualTo(200);
        assertThat(next.json().get("refresh_token").asText()).isNotEqualTo(first.json().get("refresh_token").asText());
    }

    @Test
    void shouldAnswerSubscriptionsWithExactlyTheSampleFields() throws IOException {
        // given
        JsonNode sample = new ObjectMapper().readTree(IonIT.class.getResourceAsStream(SAMPLE)).get("items").get(0);

        // when
        JsonNode body = http.get(account("subscriptions?pagination.limit=500&pagination.offset=0"), auth()).json();

        // then
        assertThat(body.get("paginationResponse").get("totalSize").asInt()).isEqualTo(body.get("items").size());
        assertThat(body.get("totalCount").asInt()).isEqualTo(body.get("items").size());
        JsonNode licence = null;
        for (JsonNode item : body.get("items")) {
            if (item.has("mfgPartNumber")) {
                licence = item;
                break;
            }
        }
        assertThat(licence).isNotNull();
        assertThat(keys(licence)).isEqualTo(keys(sample));
        assertThat(keys(licence.get("ccpProductInfo"))).isEqualTo(keys(sample.get("ccpProductInfo")));
        for (String key : keys(sample)) {
            assertThat(licence.get(key).getNodeType()).as(key).isEqualTo(sample.get(key).getNodeType());
        }
        assertThat(licence.get("subscriptionTotalLicenses").isTextual()).isTrue();
        Set<String> statuses = new HashSet<>();
        body.get("items").forEach(i -> statuses.add(i.get("subscriptionStatus").asText()));
        assertThat(statuses).contains("active").allMatch(s -> s.equals("active") || s.equals(s.toUpperCase()));
    }

    @Test
    void shouldPageCustomersAndRequireAPagingParameter() {
        // when
        TestHttp.Reply missing = http.get(account("customers"), auth());
        JsonNode first = http.get(account("customers?pageSize=5"), auth()).json();
        JsonNode second = http.get(account("customers?pageSize=5&pageToken=" + first.get("nextPageToken").asText()), auth()).json();

        // then
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("error").asText()).isEqualTo("INVALID_REQUEST");
        assertThat(missing.json().get("message").asText()).contains("At least one of page_size and page_token must be present");
        assertThat(missing.json().get("details").get(0).get("@type").asText()).isEqualTo("type.googleapis.com/google.rpc.RequestInfo");
        assertThat(first.get("customers")).hasSize(5);
        assertThat(second.get("customers")).hasSize(3);
        assertThat(second.get("nextPageToken").asText()).isEmpty();
        assertThat(first.get("customers").get(0).get("name").asText())
                .matches("accounts/" + emulator.credentials().ion().accountId() + "/customers/\\d+");
    }

    @Test
    void shouldChangeSeatsThroughAnUpdateOrder() {
        // given
        Map<String, String> auth = auth();
        JsonNode customer = http.get(account("customers?pageSize=1"), auth).json().get("customers").get(0);
        String customerId = customer.get("name").asText().replaceAll(".*/", "");
        JsonNode profiles = http.get(account("customers/" + customerId + "/cloudProfiles"), auth).json();
        String order = """
                {"referenceId":"r1","displayName":"more seats","orderItems":[{"referenceId":"i1","action":"CREATE",
                 "productId":"CFQ7TTC0LCHC","skuId":"0002","planId":"Annual-M365-BP","quantity":4}]}""";

        // when
        JsonNode created = http.postJson(account("customers/" + customerId + "/orders"), auth, order).json();
        String resourceId = created.get("orderItems").get(0).get("resourceId").asText();
        String update = "{\"orderItems\":[{\"action\":\"UPDATE\",\"resourceId\":\"" + resourceId + "\",\"quantity\":6,"
                + "\"attributes\":[{\"name\":\"operations\",\"value\":\"updatesubscription\"}]}]}";
        TestHttp.Reply updated = http.postJson(account("customers/" + customerId + "/orders"), auth, update);
        JsonNode listed = http.get(account("subscriptions?customerId=" + customerId + "&subscriptionId=" + resourceId), auth).json();

        // then
        assertThat(profiles.get("customerCloudProfiles").get(0).get("customerTenantId").asText()).hasSize(36);
        assertThat(profiles.get("customerCloudProfiles").get(0).get("customerDomain").asText()).endsWith(".onmicrosoft.com");
        assertThat(updated.status()).isEqualTo(200);
        assertThat(listed.get("items").get(0).get("subscriptionTotalLicenses").asText()).isEqualTo("6");
        assertThat(listed.get("items").get(0).get("subscriptionBillingTerm").asText()).isEqualTo("P1Y");
    }

    @Test
    void shouldRefuseADuplicatePrimaryContactEmail() {
        // given
        String body = """
                {"customerOrganization":"Brand New Ltd","customerAddress":{"street":"1 High St","city":"London","state":"",
                 "zip":"EC1A 1BB","country":"GB"},"customerName":"Ann Lee","customerEmail":"ann@brandnew.example",
                 "customerTitle":"CEO","customerPhone":"+44 20 1234567","languageCode":"en"}""";

        // when
        TestHttp.Reply first = http.postJson(account("customers"), auth(), body);
        TestHttp.Reply second = http.postJson(account("customers"), auth(), body);

        // then
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("user").get("password").asText()).isNotBlank();
        assertThat(second.status()).isEqualTo(412);
        assertThat(second.json().get("message").asText()).contains("PrimaryContactEmailExists");
    }

    private static Set<String> keys(JsonNode node) {
        Set<String> keys = new HashSet<>();
        Iterator<String> names = node.fieldNames();
        names.forEachRemaining(keys::add);
        return keys;
    }
}
