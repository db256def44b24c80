package org.seatkeeper.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PartnerCenterValidationsIT {

    private final TestHttp http = new TestHttp();
    private ProviderEmulator emulator;
    private Map<String, String> auth;

    @BeforeEach
    void start() {
        emulator = ProviderEmulator.start(EmulatorSettings.defaults().withTenants(1));
        auth = Map.of("Authorization", "Bearer " + http.partnerCenterToken(emulator));
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private JsonNode validate(String address) {
        return http.postJson(emulator.apiBaseUri(Api.PARTNER_CENTER).resolve("validations/address"), auth, address).json();
    }

    @Test
    void shouldValidateAddressesDeterministically() {
        // when
        JsonNode verified = validate("{\"addressLine1\":\"1 Microsoft Way\",\"city\":\"Redmond\",\"state\":\"WA\",\"postalCode\":\"98052\",\"country\":\"US\"}");
        JsonNode partial = validate("{\"addressLine1\":\"10 Kerkstraat\",\"city\":\"Amsterdam\",\"postalCode\":\"1012ab\",\"country\":\"NL\"}");
        JsonNode none = validate("{\"addressLine1\":\"Nowhere Street\",\"city\":\"Berlin\",\"postalCode\":\"10115\",\"country\":\"DE\"}");

        // then
        assertThat(verified.get("status").asText()).isEqualTo("Verified");
        assertThat(partial.get("status").asText()).isEqualTo("StreetPartial");
        assertThat(partial.get("suggestedAddresses").get(0).get("postalCode").asText()).isEqualTo("1012 AB");
        assertThat(none.get("status").asText()).isEqualTo("None");
        assertThat(none.get("suggestedAddresses")).isEmpty();
        assertThat(none.get("originalAddress").get("city").asText()).isEqualTo("Berlin");
    }

    @Test
    void shouldServeCountryRulesAndTheInvitationAndAgreements() {
        // given
        String customer = http.get(emulator.apiBaseUri(Api.PARTNER_CENTER).resolve("customers"), auth).json().get("items").get(0).get("id").asText();

        // when
        JsonNode us = http.get(emulator.apiBaseUri(Api.PARTNER_CENTER).resolve("countryvalidationrules/US"), auth).json();
        JsonNode gb = http.get(emulator.apiBaseUri(Api.PARTNER_CENTER).resolve("countryvalidationrules/gb"), auth).json();
        JsonNode invitation = http.get(emulator.apiBaseUri(Api.PARTNER_CENTER).resolve("customers/relationshiprequests"), auth).json();
        JsonNode metadata = http.get(emulator.apiBaseUri(Api.PARTNER_CENTER).resolve("agreements?agreementType=MicrosoftCustomerAgreement"), auth).json();
        String templateId = metadata.get("items").get(0).get("templateId").asText();
        TestHttp.Reply confirmed = http.postJson(emulator.apiBaseUri(Api.PARTNER_CENTER).resolve("customers/" + customer + "/agreements"), auth,
                "{\"primaryContact\":{\"firstName\":\"Jo\",\"lastName\":\"Doe\",\"email\":\"jo@example.com\"},\"templateId\":\"" + templateId
                        + "\",\"dateAgreed\":\"2026-11-01T00:00:00.000Z\",\"type\":\"MicrosoftCustomerAgreement\"}");

        // then
        assertThat(us.get("isStateRequired").asBoolean()).isTrue();
        assertThat(us.get("states").get("value")).hasSizeGreaterThan(50);
        assertThat(gb.get("isStateRequired").asBoolean()).isFalse();
        assertThat(gb.get("postalCodeRegex").asText()).isNotBlank();
        assertThat(gb.has("isRegistrationNumberSupported")).isTrue();
        assertThat(invitation.get("url").asText()).contains("partnerId=" + emulator.credentials().partnerCenter().partnerTenantId());
        assertThat(confirmed.status()).isEqualTo(201);
        assertThat(confirmed.json().get("userId").asText()).isNotBlank();
        assertThat(emulator.control().agreementsRecorded(customer)).containsExactly(templateId);
    }
}
