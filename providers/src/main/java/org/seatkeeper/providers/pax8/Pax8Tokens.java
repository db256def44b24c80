package org.seatkeeper.providers.pax8;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.seatkeeper.providers.http.AccessToken;
import org.seatkeeper.providers.http.TokenEndpoint;

/** Client-credentials token with a JSON body and the partner API audience (§5). */
final class Pax8Tokens implements Supplier<AccessToken> {

    static final String AUDIENCE = "https://api.pax8.com";

    private final TokenEndpoint endpoint;
    private final URI tokenUri;
    private final String clientId;
    private final String clientSecret;

    Pax8Tokens(TokenEndpoint endpoint, URI tokenUri, String clientId, String clientSecret) {
        this.endpoint = endpoint;
        this.tokenUri = tokenUri;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    @Override
    public AccessToken get() {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("client_id", clientId);
        body.put("client_secret", clientSecret);
        body.put("audience", AUDIENCE);
        body.put("grant_type", "client_credentials");
        return endpoint.accessToken(endpoint.postJson(tokenUri, body, List.of(clientSecret)));
    }
}
