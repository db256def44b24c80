package org.seatkeeper.providers.graph;

import java.net.URI;
import java.util.Objects;
import org.seatkeeper.providers.http.TransportSettings;

/**
 * Microsoft Graph for customer tenants (§2), client credentials of a multi-tenant app consented in each tenant.
 *
 * @param baseUri      e.g. https://graph.microsoft.com/v1.0/
 * @param loginBaseUri e.g. https://login.microsoftonline.com/ (the token URI is {login}/{tenant}/oauth2/v2.0/token)
 */
public record GraphSettings(URI baseUri, URI loginBaseUri, String clientId, String clientSecret,
                            TransportSettings transport) {

    public static final URI DEFAULT_BASE = URI.create("https://graph.microsoft.com/v1.0/");
    public static final URI DEFAULT_LOGIN = URI.create("https://login.microsoftonline.com/");

    public GraphSettings {
        baseUri = withSlash(Objects.requireNonNull(baseUri, "baseUri"));
        loginBaseUri = withSlash(Objects.requireNonNull(loginBaseUri, "loginBaseUri"));
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        Objects.requireNonNull(transport, "transport");
    }

    URI tokenUri(String tenantId) {
        return loginBaseUri.resolve(tenantId + "/oauth2/v2.0/token");
    }

    private static URI withSlash(URI uri) {
        return uri.toString().endsWith("/") ? uri : URI.create(uri + "/");
    }

    @Override
    public String toString() {
        return "GraphSettings[baseUri=" + baseUri + ", loginBaseUri=" + loginBaseUri + ", clientId=" + clientId + "]";
    }
}
