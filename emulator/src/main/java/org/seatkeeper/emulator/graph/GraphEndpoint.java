package org.seatkeeper.emulator.graph;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.seatkeeper.emulator.Api;
import org.seatkeeper.emulator.DemoCredentials;
import org.seatkeeper.emulator.data.Tenant;
import org.seatkeeper.emulator.data.World;
import org.seatkeeper.emulator.http.AadReplies;
import org.seatkeeper.emulator.http.ApiException;
import org.seatkeeper.emulator.http.HttpCall;
import org.seatkeeper.emulator.http.HttpReply;
import org.seatkeeper.emulator.http.Json;
import org.seatkeeper.emulator.http.ProviderEndpoint;
import org.seatkeeper.emulator.http.TokenIssuer;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Microsoft Graph v1.0 for customer tenants; tokens from {@code /login/{customerTenantId}/oauth2/v2.0/token} are bound to
 * that tenant. Two ways in: client credentials of the Graph app consented in the tenant, or the partner's delegated
 * admin access (GDAP): a refresh-token grant with the Partner Center app and one of its refresh tokens, refused for a
 * tenant whose delegated access the control API ended.
 */
public final class GraphEndpoint implements ProviderEndpoint {

    static final String BASE = "/graph/v1.0/";
    private static final Pattern LOGIN = Pattern.compile("^/login/([^/]+)/oauth2/v2\\.0/token$");

    private final World world;
    private final DemoCredentials.Graph credentials;
    private final DelegatedGrants delegated;
    private final TokenIssuer tokens;
    private final GraphLicences licences = new GraphLicences();

    public GraphEndpoint(World world, DemoCredentials.Graph credentials, DelegatedGrants delegated, TokenIssuer tokens) {
        this.world = world;
        this.credentials = credentials;
        this.delegated = delegated;
        this.tokens = tokens;
    }

    @Override
    public Api api() {
        return Api.GRAPH;
    }

    @Override
    public boolean serves(String path) {
        return path.startsWith(BASE) || LOGIN.matcher(path).matches();
    }

    @Override
    public boolean isTokenRequest(HttpCall call) {
        return call.path().startsWith("/login/");
    }

    @Override
    public HttpReply handle(HttpCall call) {
        Matcher login = LOGIN.matcher(call.path());
        if (login.matches()) {
            return token(call, login.group(1));
        }
        String tenantId = call.bearer().flatMap(tokens::check).map(TokenIssuer.Grant::subject)
                .orElseThrow(() -> new ApiException(401, "InvalidAuthenticationToken", "Access token validation failure. Invalid audience."));
        if (call.tokensExpired()) {
            throw new ApiException(401, "InvalidAuthenticationToken", "Lifetime validation failed, the token is expired.");
        }
        String resource = call.path().substring(BASE.length());
        return world.read(() -> {
            Tenant tenant = world.byTenantId(tenantId);
            if (tenant == null) {
                throw new ApiException(403, "Authorization_RequestDenied", "The tenant no longer exists.");
            }
            if (tokens.check(call.bearer().orElseThrow()).map(g -> delegated.isDelegated(g.token())).orElse(false)
                    && !tenant.delegatedAccess()) {
                throw new ApiException(403, "Authorization_RequestDenied", "Insufficient privileges to complete the operation.");
            }
            return switch (resource) {
                case "subscribedSkus" -> licences.subscribedSkus(tenant);
                case "users" -> licences.users(call, tenant);
                default -> throw new ApiException(400, "BadRequest", "Resource not found for the segment '" + resource + "'.");
            };
        });
    }

    private HttpReply token(HttpCall call, String tenantId) {
        Boolean reachable = world.read(() -> {
            Tenant tenant = world.byTenantId(tenantId);
            return tenant == null ? null : tenant.delegatedAccess();
        });
        if (reachable == null) {
            return AadReplies.error("invalid_request", "AADSTS90002: Tenant '" + tenantId + "' not found.");
        }
        String subject = tenantId.toLowerCase(java.util.Locale.ROOT);
        if ("refresh_token".equals(call.formValue("grant_type"))) {
            return delegated.token(call, subject, reachable);
        }
        if (!credentials.clientId().equals(call.formValue("client_id")) || !credentials.clientSecret().equals(call.formValue("client_secret"))) {
            return AadReplies.error("invalid_client", "AADSTS7000215: Invalid client secret provided.");
        }
        if (!"client_credentials".equals(call.formValue("grant_type"))) {
            return AadReplies.error("unsupported_grant_type", "AADSTS70003: Use grant_type=client_credentials or refresh_token.");
        }
        return AadReplies.token(tokens.issue(subject), tokens.lifetimeSeconds(), null, null);
    }

    @Override
    public HttpReply error(int status, String code, String message) {
        ObjectNode body = Json.object();
        ObjectNode error = body.putObject("error");
        error.put("code", status == 429 ? "TooManyRequests" : code).put("message", message);
        error.putObject("innerError").put("date", java.time.Instant.now().toString()).put("request-id", UUID.randomUUID().toString());
        return HttpReply.json(status, body);
    }
}
