package org.seatkeeper.emulator.pax8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.seatkeeper.emulator.Api;
import org.seatkeeper.emulator.DemoCredentials;
import org.seatkeeper.emulator.data.World;
import org.seatkeeper.emulator.http.ApiException;
import org.seatkeeper.emulator.http.HttpCall;
import org.seatkeeper.emulator.http.HttpReply;
import org.seatkeeper.emulator.http.Json;
import org.seatkeeper.emulator.http.ProviderEndpoint;
import org.seatkeeper.emulator.http.TokenIssuer;

import java.util.Locale;

/** Pax8 partner API: {@code /pax8/v1/...} and {@code POST /pax8/v1/token} (client credentials, JSON body). */
public final class Pax8Endpoint implements ProviderEndpoint {

    static final String BASE = "/pax8/v1/";

    private final DemoCredentials.Pax8 credentials;
    private final TokenIssuer tokens;
    private final Pax8Resources resources;

    public Pax8Endpoint(World world, DemoCredentials.Pax8 credentials, TokenIssuer tokens) {
        this.credentials = credentials;
        this.tokens = tokens;
        this.resources = new Pax8Resources(world);
    }

    @Override
    public Api api() {
        return Api.PAX8;
    }

    @Override
    public boolean serves(String path) {
        return path.startsWith(BASE);
    }

    @Override
    public boolean isTokenRequest(HttpCall call) {
        return call.path().equals(BASE + "token");
    }

    @Override
    public HttpReply handle(HttpCall call) {
        if (isTokenRequest(call)) {
            return token(call);
        }
        if (call.bearer().flatMap(tokens::check).isEmpty() || call.tokensExpired()) {
            throw new ApiException(401, "unauthorized", "Invalid or expired access token");
        }
        String[] s = call.path().substring(BASE.length()).split("/");
        String method = call.method().toUpperCase(Locale.ROOT);
        switch (s[0]) {
            case "companies":
                return s.length == 1 ? resources.companies(call) : resources.company(s[1]);
            case "products":
                if (s.length == 3 && s[2].equals("pricing")) {
                    return resources.pricing(s[1], call.param("companyId").orElse(null));
                }
                return resources.products(call);
            case "subscriptions":
                if (s.length == 1) {
                    return resources.subscriptions(call);
                }
                if (s.length == 3 && s[2].equals("history")) {
                    return resources.history(s[1]);
                }
                return method.equals("PUT") ? resources.update(s[1], Json.read(call.body())) : resources.subscription(s[1]);
            default:
                throw ApiException.notFound("No Pax8 resource at " + call.path());
        }
    }

    private HttpReply token(HttpCall call) {
        JsonNode body = Json.read(call.body());
        if (!credentials.clientId().equals(Json.text(body, "client_id")) || !credentials.clientSecret().equals(Json.text(body, "client_secret"))) {
            throw new ApiException(401, "access_denied", "Unauthorized: invalid client credentials");
        }
        if (!"client_credentials".equals(Json.text(body, "grant_type"))) {
            throw ApiException.badRequest("unsupported_grant_type", "grant_type must be client_credentials");
        }
        ObjectNode json = Json.object();
        json.put("access_token", tokens.issue(credentials.clientId()).token()).put("expires_in", tokens.lifetimeSeconds())
                .put("token_type", "Bearer").put("scope", "");
        return HttpReply.ok(json);
    }

    @Override
    public HttpReply error(int status, String code, String message) {
        ObjectNode body = Json.object();
        body.put("type", "https://api.pax8.com/problems/" + code);
        body.put("message", message);
        body.put("instance", BASE);
        body.put("status", status);
        body.putArray("details");
        return HttpReply.json(status, body);
    }
}
