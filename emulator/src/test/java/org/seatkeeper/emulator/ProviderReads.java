package org.seatkeeper.emulator;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads one customer's subscriptions through each provider's own API, as a client would. */
final class ProviderReads {

    private final TestHttp http = new TestHttp();
    private final ProviderEmulator emulator;

    ProviderReads(ProviderEmulator emulator) {
        this.emulator = emulator;
    }

    /** The provider's subscription items of that customer, as sent. */
    List<JsonNode> subscriptions(Api provider, String customerId) {
        JsonNode answer = http.get(subscriptionsUri(provider, customerId), auth(provider)).json();
        List<JsonNode> items = new ArrayList<>();
        answer.path(provider == Api.PAX8 ? "content" : "items").forEach(items::add);
        return items;
    }

    /** One item by the provider's own id, or null. */
    JsonNode subscription(Api provider, String customerId, String subscriptionId) {
        return subscriptions(provider, customerId).stream()
                .filter(item -> item.path("id").asText().equalsIgnoreCase(subscriptionId)).findFirst().orElse(null);
    }

    URI subscriptionsUri(Api provider, String customerId) {
        URI base = emulator.apiBaseUri(provider);
        return switch (provider) {
            case PARTNER_CENTER -> base.resolve("customers/" + customerId + "/subscriptions");
            case ION -> base.resolve("accounts/" + emulator.credentials().ion().accountId() + "/subscriptions?customerId="
                    + customerId + "&pagination.limit=1000");
            case PAX8 -> base.resolve("subscriptions?companyId=" + customerId + "&page=0&size=200");
            default -> throw new IllegalArgumentException(provider + " sells no subscriptions");
        };
    }

    Map<String, String> auth(Api provider) {
        String token = switch (provider) {
            case PARTNER_CENTER -> http.partnerCenterToken(emulator);
            case ION -> http.postForm(emulator.tokenUri(Api.ION), "grant_type=refresh_token&refresh_token="
                    + emulator.control().issueIonRefreshToken()).json().get("access_token").asText();
            case PAX8 -> {
                DemoCredentials.Pax8 c = emulator.credentials().pax8();
                yield http.postJson(emulator.tokenUri(Api.PAX8), Map.of(), "{\"client_id\":\"" + c.clientId()
                        + "\",\"client_secret\":\"" + c.clientSecret()
                        + "\",\"audience\":\"https://api.pax8.com\",\"grant_type\":\"client_credentials\"}")
                        .json().get("access_token").asText();
            }
            default -> throw new IllegalArgumentException(provider + " has no token here");
        };
        return Map.of("Authorization", "Bearer " + token);
    }
}
