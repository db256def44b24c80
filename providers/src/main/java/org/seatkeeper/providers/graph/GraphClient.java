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
import org.seatkeeper.providers.http.ApiCall;
import org.seatkeeper.providers.http.ApiChannel;
import org.seatkeeper.providers.http.Authorizer;
import org.seatkeeper.providers.http.BearerAuthorizer;
import org.seatkeeper.providers.http.JsonApi;
import org.seatkeeper.providers.http.ProviderTransport;
import org.seatkeeper.providers.http.TokenCache;
import org.seatkeeper.providers.http.TokenEndpoint;

/** Microsoft Graph licence reads for customer tenants (§2): one client-credentials token per tenant. Thread-safe. */
public final class GraphClient {

    public static final String PROVIDER = "Microsoft Graph";
    static final String HINT = "Check the Graph app id and secret on the provider page, and that the customer "
            + "tenant has consented to the app (LicenseAssignment.Read.All).";
    private static final String USERS = "users?$select=id,userPrincipalName,displayName,accountEnabled,"
            + "assignedLicenses&$top=999";

    private final GraphSettings settings;
    private final ApiChannel channel;
    private final TokenEndpoint endpoint;
    private final ProviderTransport transport;
    private final Map<String, JsonApi> perTenant = new ConcurrentHashMap<>();

    public GraphClient(GraphSettings settings, ProviderTransport transport) {
        this.settings = settings;
        this.transport = transport;
        this.channel = transport.channel(PROVIDER, settings.transport());
        this.endpoint = new TokenEndpoint(channel, transport.mapper(), transport.clock(), HINT);
    }

    public List<GraphSku> subscribedSkus(String tenantId) {
        JsonNode root = api(tenantId).call(ApiCall.get(settings.baseUri().resolve("subscribedSkus"))).tree();
        List<GraphSku> out = new ArrayList<>();
        for (JsonNode sku : root.path("value")) {
            out.add(new GraphSku(sku.path("skuId").asText(null), sku.path("skuPartNumber").asText(null),
                    sku.path("capabilityStatus").asText(null), sku.path("prepaidUnits").path("enabled").asInt(0),
                    sku.path("consumedUnits").asInt(0)));
        }
        return out;
    }

    /** Every user with assigned licences, following @odata.nextLink. */
    public List<GraphUser> users(String tenantId) {
        JsonApi api = api(tenantId);
        List<GraphUser> out = new ArrayList<>();
        URI next = settings.baseUri().resolve(USERS);
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
            next = link == null || link.isBlank() ? null : settings.baseUri().resolve(link);
        }
        return out;
    }

    private JsonApi api(String tenantId) {
        return perTenant.computeIfAbsent(tenantId, tenant -> new JsonApi(channel, transport.mapper(),
                authorizer(tenant, transport.clock()), HINT, builder -> builder.setHeader("Accept", "application/json")));
    }

    private Authorizer authorizer(String tenantId, Clock clock) {
        return new BearerAuthorizer(new TokenCache(clock, Duration.ofMinutes(5), () -> {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("grant_type", "client_credentials");
            form.put("client_id", settings.clientId());
            form.put("client_secret", settings.clientSecret());
            form.put("scope", "https://graph.microsoft.com/.default");
            return endpoint.accessToken(endpoint.postForm(settings.tokenUri(tenantId), form,
                    List.of(settings.clientSecret())));
        }));
    }
}
