package org.seatkeeper.providers.partnercenter;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.seatkeeper.providers.http.AccessToken;
import org.seatkeeper.providers.http.RefreshTokenStore;
import org.seatkeeper.providers.http.TokenEndpoint;
import org.seatkeeper.providers.http.TokenResponse;

/** App+User access tokens from the stored refresh token (§1.1); a rotated refresh token is stored before use. */
final class PartnerCenterTokens implements Supplier<AccessToken> {

    static final String RESOURCE = "https://api.partnercenter.microsoft.com";

    private final TokenEndpoint endpoint;
    private final URI tokenUri;
    private final String clientId;
    private final String clientSecret;
    private final RefreshTokenStore store;
    private final String resource;

    PartnerCenterTokens(TokenEndpoint endpoint, URI tokenUri, String clientId, String clientSecret,
                        RefreshTokenStore store) {
        this(endpoint, tokenUri, clientId, clientSecret, store, RESOURCE);
    }

    /** @param resource the API the token is for: Partner Center, or the Partner API (price sheets) */
    PartnerCenterTokens(TokenEndpoint endpoint, URI tokenUri, String clientId, String clientSecret,
                        RefreshTokenStore store, String resource) {
        this.resource = resource;
        this.endpoint = endpoint;
        this.tokenUri = tokenUri;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.store = store;
    }

    @Override
    public AccessToken get() {
        String refreshToken = store.current();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", refreshToken);
        form.put("client_id", clientId);
        form.put("client_secret", clientSecret);
        form.put("resource", resource);
        form.put("scope", "openid");
        TokenResponse response = endpoint.postForm(tokenUri, form, List.of(refreshToken, clientSecret));
        if (response.refreshToken() != null && !response.refreshToken().equals(refreshToken)) {
            store.replace(refreshToken, response.refreshToken());
        }
        return endpoint.accessToken(response);
    }
}
