package org.seatkeeper.providers.graph;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.seatkeeper.providers.http.ApiCall;
import org.seatkeeper.providers.http.ApiChannel;
import org.seatkeeper.providers.http.Authorizer;
import org.seatkeeper.providers.http.BearerAuthorizer;
import org.seatkeeper.providers.http.JsonApi;
import org.seatkeeper.providers.http.ProviderTransport;
import org.seatkeeper.providers.http.TokenCache;
import org.seatkeeper.providers.http.TokenEndpoint;
import org.seatkeeper.providers.http.TransportSettings;

/**
 * Microsoft Graph licence reads for customer tenants (§2): one token per tenant, from the client credentials of an app
 * consented in the tenant, or through the partner's delegated admin access ({@link #delegated}). Thread-safe.
 */
public final class GraphClient {

    public static final String PROVIDER = "Microsoft Graph";
    static final String HINT = "Check the Graph app id and secret on the provider page, and that the customer "
            + "tenant has consented to the app (LicenseAssignment.Read.All).";
    private static final String USERS = "users?$select=id,userPrincipalName,displayName,accountEnabled,"
            + "assignedLicenses&$top=999";

    static final String DELEGATED_HINT = "Check the Partner Center app and refresh token on the provider page, and "
            + "that the partner's delegated admin access (GDAP) to this customer includes a licence reader role.";
    private static final String GRAPH_SCOPE = "https://graph.microsoft.com/.default";

    private final URI baseUri;
    private final ApiChannel channel;
    private final TokenEndpoint endpoint;
    private final ProviderTransport transport;
    private final String hint;
    private final TokenRequest tokenRequest;
    private final Map<String, JsonApi> perTenant = new ConcurrentHashMap<>();

    /** How a tenant's token is asked for: where, with which form, and which of its values never reach a log. */
    private record TokenRequest(Function<String, URI> uri, Supplier<Map<String, String>> form, Supplier<List<String>> secrets) {
    }

    /** Client credentials of a multi-tenant app consented in each customer tenant. */
    public GraphClient(GraphSettings settings, ProviderTransport transport) {
        this(settings.baseUri(), settings.transport(), transport, HINT, new TokenRequest(settings::tokenUri, () -> {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("grant_type", "client_credentials");
            form.put("client_id", settings.clientId());
            form.put("client_secret", settings.clientSecret());
            form.put("scope", GRAPH_SCOPE);
            return form;
        }, () -> List.of(settings.clientSecret())));
    }

    private GraphClient(URI baseUri, TransportSettings transportSettings, ProviderTransport transport, String hint,
                        TokenRequest tokenRequest) {
        this.baseUri = baseUri;
        this.transport = transport;
        this.hint = hint;
        this.tokenRequest = tokenRequest;
        this.channel = transport.channel(PROVIDER, transportSettings);
        this.endpoint = new TokenEndpoint(channel, transport.mapper(), transport.clock(), hint);
    }

    /** Through the partner's delegated admin access: the Partner Center app's refresh-token grant per tenant. */
    public static GraphClient delegated(GraphDelegation delegation, ProviderTransport transport) {
        URI login = delegation.loginBaseUri().toString().endsWith("/") ? delegation.loginBaseUri()
                : URI.create(delegation.loginBaseUri() + "/");
        URI base = delegation.baseUri().toString().endsWith("/") ? delegation.baseUri()
                : URI.create(delegation.baseUri() + "/");
        return new GraphClient(base, delegation.transport(), transport, DELEGATED_HINT, new TokenRequest(
                tenant -> login.resolve(tenant + "/oauth2/v2.0/token"), () -> {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("grant_type", "refresh_token");
            form.put("client_id", delegation.clientId());
            form.put("client_secret", delegation.clientSecret());
            form.put("refresh_token", delegation.refreshTokens().current());
            form.put("scope", GRAPH_SCOPE);
            return form;
        }, () -> List.of(delegation.clientSecret(), delegation.refreshTokens().current())));
    }

    public List<GraphSku> subscribedSkus(String tenantId) {
        JsonNode root = api(tenantId).call(ApiCall.get(baseUri.resolve("subscribedSkus"))).tree();
        List<GraphSku> out = new ArrayList<>();
        for (JsonNode sku : root.path("value")) {
            JsonNode prepaid = sku.path("prepaidUnits");
            out.add(new GraphSku(sku.path("skuId").asText(null), sku.path("skuPartNumber").asText(null),
                    sku.path("capabilityStatus").asText(null), prepaid.path("enabled").asInt(0),
                    sku.path("consumedUnits").asInt(0), prepaid.path("suspended").asInt(0), prepaid.path("warning").asInt(0)));
        }
        return out;
    }

    /** Every user with assigned licences, following @odata.nextLink. */
    public List<GraphUser> users(String tenantId) {
        JsonApi api = api(tenantId);
        List<GraphUser> out = new ArrayList<>();
        URI next = baseUri.resolve(USERS);
        while (next != null) {
            JsonNode root = api.call(ApiCall.get(next)).tree();
            for (JsonNode user : root.path("value")) {
                List<String> skus = new ArrayList<>();
                user.path("assignedLicenses").forEach(l -> skus.add(l.path("skuId").asText()));
                out.add(new GraphUser(user.path("id").asText(null), user.path("userPrincipalName").asText(null),
                        user.path("displayName").asText(null),
                        user.hasNonNull("accountEnabled") ? user.get("accountEnabled").asBoolean() : null, skus));
            }
            String link = root.path("@odata.nextLink").asText(null);
            next = link == null || link.isBlank() ? null : baseUri.resolve(link);
        }
        return out;
    }

    private JsonApi api(String tenantId) {
        return perTenant.computeIfAbsent(tenantId, tenant -> new JsonApi(channel, transport.mapper(),
                authorizer(tenant, transport.clock()), hint, builder -> builder.setHeader("Accept", "application/json")));
    }

    private Authorizer authorizer(String tenantId, Clock clock) {
        return new BearerAuthorizer(new TokenCache(clock, Duration.ofMinutes(5), () -> endpoint.accessToken(
                endpoint.postForm(tokenRequest.uri().apply(tenantId), tokenRequest.form().get(), tokenRequest.secrets().get()))));
    }
}
