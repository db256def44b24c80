package org.seatkeeper.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A tiny java.net.http test client for the emulator. */
final class TestHttp {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper mapper = new ObjectMapper();

    record Reply(int status, HttpResponse<String> response, String body, ObjectMapper mapper) {
        JsonNode json() {
            try {
                return mapper.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON: " + body, e);
            }
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }
    }

    Reply send(String method, URI uri, Map<String, String> headers, String body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(builder::header);
        try {
            HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response, response.body(), mapper);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Reply get(URI uri, Map<String, String> headers) {
        return send("GET", uri, headers, null);
    }

    Reply postForm(URI uri, String form) {
        return send("POST", uri, Map.of("Content-Type", "application/x-www-form-urlencoded"), form);
    }

    Reply postJson(URI uri, Map<String, String> headers, String json) {
        java.util.Map<String, String> all = new java.util.HashMap<>(headers);
        all.put("Content-Type", "application/json");
        return send("POST", uri, all, json);
    }

    /** A Partner Center access token for the demo credentials. */
    String partnerCenterToken(ProviderEmulator emulator) {
        DemoCredentials.PartnerCenter c = emulator.credentials().partnerCenter();
        Reply reply = postForm(emulator.tokenUri(Api.PARTNER_CENTER), "grant_type=refresh_token&refresh_token=" + c.refreshToken()
                + "&client_id=" + c.clientId() + "&client_secret=" + c.clientSecret()
                + "&resource=https%3A%2F%2Fapi.partnercenter.microsoft.com&scope=openid");
        return reply.json().get("access_token").asText();
    }
}
