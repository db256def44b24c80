package org.seatkeeper.providers.partnercenter;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import org.seatkeeper.providers.http.TransportSettings;

/**
 * Where and how to reach Partner Center with App+User (secure application model) credentials.
 *
 * @param baseUri      e.g. https://api.partnercenter.microsoft.com/v1/
 * @param tokenUri     e.g. https://login.microsoftonline.com/{partnerTenantId}/oauth2/token
 * @param refreshToken the first refresh token; later ones go to the RefreshTokenStore when Microsoft rotates them
 * @param pollInterval wait between polls of a 202 quantity change
 * @param maxPolls     polls before giving up on a 202 quantity change
 */
public record PartnerCenterSettings(URI baseUri, URI tokenUri, String clientId, String clientSecret,
                                    String refreshToken, TransportSettings transport, Duration pollInterval,
                                    int maxPolls) {

    public static final URI DEFAULT_BASE = URI.create("https://api.partnercenter.microsoft.com/v1/");
    public static final String DEFAULT_TOKEN = "https://login.microsoftonline.com/{partnerTenantId}/oauth2/token";

    public PartnerCenterSettings {
        baseUri = withSlash(Objects.requireNonNull(baseUri, "baseUri"));
        Objects.requireNonNull(tokenUri, "tokenUri");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(pollInterval, "pollInterval");
    }

    static URI withSlash(URI uri) {
        return uri.toString().endsWith("/") ? uri : URI.create(uri + "/");
    }

    @Override
    public String toString() {
        return "PartnerCenterSettings[baseUri=" + baseUri + ", tokenUri=" + tokenUri + ", clientId=" + clientId + "]";
    }
}
