package org.seatkeeper.providers.ion;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.seatkeeper.providers.http.AccessToken;
import org.seatkeeper.providers.http.ProviderAuthException;
import org.seatkeeper.providers.http.ProviderResponseException;
import org.seatkeeper.providers.http.RefreshTokenStore;
import org.seatkeeper.providers.http.TokenEndpoint;
import org.seatkeeper.providers.http.TokenResponse;

/**
 * Ion access tokens. Each refresh token works once and every answer brings the next one, so the next one is handed to
 * the store (durably) before the access token is returned; the TokenCache serialises refreshes.
 */
final class IonTokens implements Supplier<AccessToken> {

    private final TokenEndpoint endpoint;
    private final URI tokenUri;
    private final RefreshTokenStore store;

    IonTokens(TokenEndpoint endpoint, URI tokenUri, RefreshTokenStore store) {
        this.endpoint = endpoint;
        this.tokenUri = tokenUri;
        this.store = store;
    }

    @Override
    public AccessToken get() {
        String used = store.current();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", used);
        TokenResponse response;
        try {
            response = endpoint.postForm(tokenUri, form, List.of(used));
        } catch (ProviderAuthException e) {
            store.refused(used, e.getMessage());
            throw e;
        }
        if (response.refreshToken() == null || response.refreshToken().isBlank()) {
            ProviderResponseException spent = new ProviderResponseException(IonClient.PROVIDER, "POST " + tokenUri.getPath(),
                    "the token answer has no new refresh_token (the old one is now spent; request new OAuth "
                            + "credentials in the Ion portal)", null);
            store.refused(used, spent.getMessage());
            throw spent;
        }
        // durable (committed and synced) before the access token is used: the old refresh token is dead now
        store.replace(used, response.refreshToken());
        return endpoint.accessToken(response);
    }
}
