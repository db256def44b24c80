package org.seatkeeper.emulator.ion;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.seatkeeper.emulator.Api;
import org.seatkeeper.emulator.data.World;
import org.seatkeeper.emulator.http.ApiException;
import org.seatkeeper.emulator.http.HttpCall;
import org.seatkeeper.emulator.http.HttpReply;
import org.seatkeeper.emulator.http.Json;
import org.seatkeeper.emulator.http.ProviderEndpoint;
import org.seatkeeper.emulator.http.TokenIssuer;

import java.util.Locale;
import java.util.UUID;

/** StreamOne Ion v3: {@code /ion/api/v3/accounts/{accountId}/...} and {@code /ion/oauth/token} (single-use refresh tokens). */
public final class IonEndpoint implements ProviderEndpoint {

    static final String BASE = "/ion/api/v3/";
    private static final String OAUTH = "/ion/oauth/";

    private final World world;
    private final IonTokens tokens;
    private final IonCustomers customers;
    private final IonSubscriptions subscriptions;
    private final IonOrders orders;

    public IonEndpoint(World world, IonTokens tokens) {
        this.world = world;
        this.tokens = tokens;
        this.customers = new IonCustomers(world);
        this.subscriptions = new IonSubscriptions(world);
        this.orders = new IonOrders(world);
    }

    @Override
    public Api api() {
        return Api.ION;
    }

    @Override
    public boolean serves(String path) {
        return path.startsWith(BASE) || path.startsWith(OAUTH);
    }

    @Override
    public boolean isTokenRequest(HttpCall call) {
        return call.path().startsWith(OAUTH);
    }

    @Override
    public HttpReply handle(HttpCall call) {
        if (call.path().equals(OAUTH + "token")) {
            return token(call);
        }
        if (call.path().equals(OAUTH + "validateAccess")) {
            TokenIssuer.Grant grant = tokens.accessTokens().check(call.formValue("access_token")).orElseThrow(() -> cannotValidate());
            long left = java.time.Duration.between(java.time.Instant.now(), grant.expiresAt()).toSeconds();
            return HttpReply.ok(Json.object().put("access_expires_in", left).put("refresh_expires_in", 32L * 24 * 3600));
        }
        if (call.bearer().flatMap(tokens.accessTokens()::check).isEmpty() || call.tokensExpired()) {
            throw new ApiException(401, "UNAUTHENTICATED", "access token is invalid or expired");
        }
        String[] s = call.path().substring(BASE.length()).split("/");
        if (s.length < 3 || !s[0].equals("accounts")) {
            throw ApiException.notFound("resource '" + call.path() + "' not found");
        }
        if (!s[1].equals(Integer.toString(world.ionAccountId()))) {
            throw new ApiException(403, "PERMISSION_DENIED", "PermissionDeniedError: no access to account " + s[1]);
        }
        return route(call, s);
    }

    private HttpReply route(HttpCall call, String[] s) {
        String method = call.method().toUpperCase(Locale.ROOT);
        if (s[2].equals("subscriptions") && s.length == 3 && method.equals("GET")) {
            return subscriptions.list(call);
        }
        if (s[2].equals("customers") && s.length == 3) {
            return method.equals("POST") ? customers.create(call) : customers.list(call);
        }
        if (s[2].equals("customers") && s.length == 4) {
            return customers.get(s[3]);
        }
        if (s[2].equals("customers") && s.length == 5 && s[4].equals("cloudProfiles")) {
            return customers.cloudProfiles(s[3]);
        }
        if (s[2].equals("customers") && s.length == 5 && s[4].equals("orders") && method.equals("POST")) {
            return orders.place(call, s[3]);
        }
        if (s[2].equals("customers") && s.length == 6 && s[4].equals("subscriptions")) {
            return subscriptions.detail(s[3], s[5]);
        }
        throw ApiException.notFound("resource '" + call.path().substring(BASE.length()) + "' not found");
    }

    private HttpReply token(HttpCall call) {
        if (!"refresh_token".equals(call.formValue("grant_type")) || !tokens.consume(call.formValue("refresh_token"))) {
            throw cannotValidate();
        }
        TokenIssuer.Grant grant = tokens.accessTokens().issue(Integer.toString(world.ionAccountId()));
        ObjectNode json = Json.object();
        json.put("access_token", grant.token()).put("expires_in", tokens.accessTokens().lifetimeSeconds())
                .put("refresh_token", tokens.issueRefreshToken()).put("token_type", "Bearer");
        return HttpReply.ok(json);
    }

    private static ApiException cannotValidate() {
        return new ApiException(400, "cannot validate token: redis: nil", "cannot validate token: redis: nil");
    }

    @Override
    public HttpReply error(int status, String code, String message) {
        ObjectNode body = Json.object();
        if (code.startsWith("cannot validate token")) {
            return HttpReply.json(status, body.put("error", code));
        }
        boolean canonical = code.matches("[A-Z_]+");
        body.put("error", canonical ? code : canonical(status));
        body.put("message", canonical ? message : code + ": " + message);
        body.put("code", status);
        body.putArray("details").addObject().put("@type", "type.googleapis.com/google.rpc.RequestInfo")
                .put("requestId", UUID.randomUUID().toString());
        return HttpReply.json(status, body);
    }

    private static String canonical(int status) {
        return switch (status) {
            case 400, 412 -> status == 400 ? "INVALID_REQUEST" : "FAILED_PRECONDITION";
            case 401 -> "UNAUTHENTICATED";
            case 403 -> "PERMISSION_DENIED";
            case 404 -> "NOT_FOUND";
            case 409 -> "ALREADY_EXISTS";
            case 429 -> "RESOURCE_EXHAUSTED";
            case 503 -> "UNAVAILABLE";
            default -> "INTERNAL_ERROR";
        };
    }
}
