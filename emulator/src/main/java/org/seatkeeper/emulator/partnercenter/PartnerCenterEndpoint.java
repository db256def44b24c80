package org.seatkeeper.emulator.partnercenter;

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

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Partner Center: {@code /partnercenter/v1/...} and its token endpoint {@code /login/{partnerTenantId}/oauth2/token}. */
public final class PartnerCenterEndpoint implements ProviderEndpoint {

    private static final Pattern LOGIN = Pattern.compile("^/login/([^/]+)/oauth2/token$");

    private final DemoCredentials.PartnerCenter credentials;
    private final TokenIssuer tokens;
    private final PcLogin login;
    private final PcCustomers customers;
    private final PcSubscriptions subscriptions;
    private final PcAgreements agreements;
    private final PcValidations validations = new PcValidations();
    private final PcPriceSheets priceSheets;

    public PartnerCenterEndpoint(World world, PartnerCenterState state, DemoCredentials.PartnerCenter credentials, TokenIssuer tokens) {
        this.credentials = credentials;
        this.tokens = tokens;
        this.login = new PcLogin(credentials, state, tokens);
        this.customers = new PcCustomers(world, state);
        this.subscriptions = new PcSubscriptions(world, state);
        this.agreements = new PcAgreements(world, state);
        this.priceSheets = new PcPriceSheets(world);
    }

    @Override
    public Api api() {
        return Api.PARTNER_CENTER;
    }

    @Override
    public boolean serves(String path) {
        return path.startsWith(PcJson.BASE) || path.startsWith(PcPriceSheets.BASE) || LOGIN.matcher(path).matches();
    }

    @Override
    public boolean isTokenRequest(HttpCall call) {
        return call.path().startsWith("/login/");
    }

    @Override
    public HttpReply handle(HttpCall call) {
        Matcher login = LOGIN.matcher(call.path());
        if (login.matches()) {
            return this.login.token(call, login.group(1));
        }
        String requestId = call.header("MS-RequestId").orElse(UUID.randomUUID().toString());
        String correlationId = call.header("MS-CorrelationId").orElse(UUID.randomUUID().toString());
        HttpReply reply;
        try {
            authorize(call);
            reply = call.path().startsWith(PcPriceSheets.BASE) ? priceSheets.sheet(call)
                    : route(call, call.path().substring(PcJson.BASE.length()).split("/"));
        } catch (ApiException e) {
            reply = error(e.status(), e.code(), e.getMessage());
        }
        return reply.withHeader("MS-RequestId", requestId).withHeader("MS-CorrelationId", correlationId)
                .withHeader("MS-CV", correlationId.substring(0, 8) + ".0").withHeader("MS-ServerId", "emulator-pc-1");
    }

    private void authorize(HttpCall call) {
        if (call.bearer().flatMap(tokens::check).isEmpty()) {
            throw new ApiException(401, "401", "Authentication failed: the bearer token is missing, invalid or expired.");
        }
        if (call.tokensExpired()) {
            throw new ApiException(401, "401", "The access token has expired.");
        }
    }

    private HttpReply route(HttpCall call, String[] s) {
        String method = call.method().toUpperCase(java.util.Locale.ROOT);
        String r = s[0];
        if (r.equals("customers") && s.length == 1) {
            return method.equals("POST") ? customers.create(call) : customers.list(call);
        }
        if (r.equals("customers") && s.length == 2 && s[1].equals("relationshiprequests")) {
            return customers.relationshipRequest(credentials.partnerTenantId());
        }
        if (r.equals("customers") && s.length == 2) {
            return customers.get(s[1]);
        }
        if (r.equals("customers") && s.length == 3 && s[2].equals("agreements")) {
            return method.equals("POST") ? agreements.confirm(call, s[1]) : agreements.list(s[1]);
        }
        if (r.equals("customers") && s.length == 3 && s[2].equals("subscriptions")) {
            return subscriptions.list(s[1]);
        }
        if (r.equals("customers") && s.length == 3 && s[2].equals("subscribedskus")) {
            return subscriptions.subscribedSkus(s[1]);
        }
        if (r.equals("customers") && s.length == 4 && s[2].equals("subscriptions")) {
            return method.equals("PATCH") ? subscriptions.patch(call, s[1], s[3]) : subscriptions.get(s[1], s[3]);
        }
        if (r.equals("validations") && s.length == 2 && s[1].equals("address") && method.equals("POST")) {
            return validations.validateAddress(call.body());
        }
        if (r.equals("countryvalidationrules") && s.length == 2) {
            return validations.countryRules(s[1]);
        }
        if (r.equals("domains") && s.length == 2 && method.equals("HEAD")) {
            // Partner Center's domain availability check: 200 when the onmicrosoft.com domain exists, 404 when free
            return HttpReply.empty(customers.domainTaken(s[1]) ? 200 : 404);
        }
        if (r.equals("agreements") && s.length == 1) {
            return agreements.metadata(call);
        }
        throw new ApiException(404, "404", "No Partner Center resource at " + call.path());
    }

    @Override
    public HttpReply error(int status, String code, String message) {
        if (status == 429) {
            return throttled(1);
        }
        ObjectNode body = Json.object();
        try {
            body.put("code", Integer.parseInt(code));
        } catch (NumberFormatException e) {
            body.put("code", code);
        }
        body.put("description", message);
        body.putArray("data");
        body.put("source", "PartnerFD");
        HttpReply reply = HttpReply.json(status, body);
        return status == 401 ? reply.withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"") : reply;
    }

    @Override
    public HttpReply throttled(int retryAfterSeconds) {
        ObjectNode body = Json.object();
        body.put("statusCode", 429).put("message", "Rate limit is exceeded. Try again in " + retryAfterSeconds + " seconds.");
        return HttpReply.json(429, body);
    }
}
