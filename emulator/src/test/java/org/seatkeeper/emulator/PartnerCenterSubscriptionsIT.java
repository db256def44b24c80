package org.seatkeeper.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PartnerCenterSubscriptionsIT {

    private final TestHttp http = new TestHttp();
    private ProviderEmulator emulator;
    private String token;

    @BeforeEach
    void start() {
        emulator = ProviderEmulator.start(EmulatorSettings.defaults().withTenants(10));
        token = http.partnerCenterToken(emulator);
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private Map<String, String> auth() {
        return Map.of("Authorization", "Bearer " + token);
    }

    private URI pc(String path) {
        return emulator.apiBaseUri(Api.PARTNER_CENTER).resolve(path);
    }

    private String firstCustomer() {
        return http.get(pc("customers?size=1"), auth()).json().get("items").get(0).get("id").asText();
    }

    /** An active licence subscription, inside (or outside) its cancellation window. */
    private JsonNode subscription(boolean inWindow) {
        for (JsonNode customer : http.get(pc("customers?size=100"), auth()).json().get("items")) {
            for (JsonNode s : http.get(pc("customers/" + customer.get("id").asText() + "/subscriptions"), auth()).json().get("items")) {
                boolean open = s.get("refundableQuantity").get("totalQuantity").asInt() > 0;
                if (s.get("status").asText().equals("active") && s.get("unitType").asText().equals("Licenses")
                        && open == inWindow && s.get("quantity").asInt() > 1 && s.get("quantity").asInt() < 90) {
                    return s;
                }
            }
        }
        throw new AssertionError("no subscription found");
    }

    @Test
    void shouldListSubscriptionsWithTheNceFields() {
        // when
        JsonNode list = http.get(pc("customers/" + firstCustomer() + "/subscriptions"), auth()).json();

        // then
        assertThat(list.get("totalCount").asInt()).isEqualTo(list.get("items").size()).isPositive();
        assertThat(list.path("links").has("next")).isFalse();
        JsonNode s = list.get("items").get(0);
        assertThat(s.get("offerId").asText()).matches("[A-Z0-9]{12}:[0-9A-Z]{4}:[A-Z0-9]{12}");
        for (String field : new String[]{"id", "offerName", "friendlyName", "quantity", "unitType", "status", "creationDate",
                "effectiveStartDate", "commitmentEndDate", "autoRenewEnabled", "billingType", "billingCycle", "termDuration",
                "cancellationAllowedUntilDate", "refundableQuantity", "attributes"}) {
            assertThat(s.has(field)).as(field).isTrue();
        }
        assertThat(s.get("attributes").get("objectType").asText()).isEqualTo("Subscription");
        assertThat(s.get("termDuration").asText()).isIn("P1M", "P1Y");
        Instant created = Instant.parse(s.get("creationDate").asText());
        Instant window = Instant.parse(s.get("cancellationAllowedUntilDate").asText());
        assertThat(window).isAfterOrEqualTo(created.plus(Duration.ofDays(7)).minusSeconds(1));
    }

    @Test
    void shouldRefuseADecreaseOutsideTheCancellationWindow() {
        // given
        ObjectNode s = (ObjectNode) subscription(false);
        String uri = "customers/" + customerOf(s) + "/subscriptions/" + s.get("id").asText();
        s.put("quantity", s.get("quantity").asInt() - 1);

        // when
        TestHttp.Reply reply = http.send("PATCH", pc(uri), Map.of("Authorization", "Bearer " + token, "Content-Type", "application/json"), s.toString());

        // then
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("source").asText()).isEqualTo("PartnerFD");
        assertThat(reply.json().has("description")).isTrue();
    }

    @Test
    void shouldAcceptALargeIncreaseAsynchronously() {
        // given
        ObjectNode s = (ObjectNode) subscription(false);
        String uri = "customers/" + customerOf(s) + "/subscriptions/" + s.get("id").asText();
        s.put("quantity", 150);

        // when
        TestHttp.Reply reply = http.send("PATCH", pc(uri), Map.of("Authorization", "Bearer " + token, "Content-Type", "application/json"), s.toString());

        // then
        assertThat(reply.status()).isEqualTo(202);
        assertThat(reply.header("Location")).endsWith(uri);
        JsonNode after = http.get(URI.create(reply.header("Location")), auth()).json();
        assertThat(after.get("quantity").asInt()).isEqualTo(150);
    }

    @Test
    void shouldApplyASmallDecreaseInsideTheWindow() {
        // given
        ObjectNode s = (ObjectNode) subscription(true);
        String uri = "customers/" + customerOf(s) + "/subscriptions/" + s.get("id").asText();
        int wanted = s.get("quantity").asInt() - 1;
        s.put("quantity", wanted);

        // when
        TestHttp.Reply reply = http.send("PATCH", pc(uri), Map.of("Authorization", "Bearer " + token, "Content-Type", "application/json"), s.toString());

        // then
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("quantity").asInt()).isEqualTo(wanted);
        assertThat(reply.json().get("attributes").get("etag").asText()).isNotEqualTo(s.get("attributes").get("etag").asText());
    }

    @Test
    void shouldStartTheEmulatedDayOnTheFirstOfNovemberForSeed42() {
        // expect
        assertThat(emulator.control().today()).isEqualTo(LocalDate.of(2026, 11, 1));
        JsonNode s = subscription(false);
        LocalDate end = Instant.parse(s.get("commitmentEndDate").asText()).atZone(ZoneOffset.UTC).toLocalDate();
        assertThat(end).isAfterOrEqualTo(emulator.control().today());
    }

    private static String customerOf(JsonNode subscription) {
        String self = subscription.get("links").get("self").get("uri").asText();
        return self.split("/customers/")[1].split("/")[0];
    }
}
