package org.seatkeeper.providers.graph;

import java.net.URI;
import java.util.Objects;
import org.seatkeeper.providers.http.RefreshTokenStore;
import org.seatkeeper.providers.http.TransportSettings;

/**
 * Graph through the partner's delegated admin access (GDAP, §2): the Partner Center app (App+User) exchanges the
 * partner's refresh token at each customer tenant's authority for a Graph token. The refresh token is read from the
 * store at each exchange (Partner Center rotates it); the tokens the customer tenants answer with are not kept, so
 * the partner's own refresh token stays the one that works everywhere.
 *
 * @param baseUri      e.g. https://graph.microsoft.com/v1.0/
 * @param loginBaseUri e.g. https://login.microsoftonline.com/ (the token URI is {login}/{tenant}/oauth2/v2.0/token)
 */
public record GraphDelegation(URI baseUri, URI loginBaseUri, String clientId, String clientSecret,
                              RefreshTokenStore refreshTokens, TransportSettings transport) {

    public GraphDelegation {
        Objects.requireNonNull(baseUri, "baseUri");
        Objects.requireNonNull(loginBaseUri, "loginBaseUri");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        Objects.requireNonNull(refreshTokens, "refreshTokens");
        Objects.requireNonNull(transport, "transport");
    }

    @Override
    public String toString() {
        return "GraphDelegation[baseUri=" + baseUri + ", loginBaseUri=" + loginBaseUri + ", clientId=" + clientId + "]";
    }
}
