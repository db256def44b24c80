package org.seatkeeper.providers.connectwise;

import java.net.URI;
import java.util.Objects;
import org.seatkeeper.providers.http.TransportSettings;

/**
 * ConnectWise Manage (§6). The API root is {site}{codebase}apis/3.0/.
 *
 * @param siteUri  e.g. https://api-na.myconnectwise.net/
 * @param codebase e.g. v4_6_release/; null = discover it from {site}login/companyinfo/{companyId}
 * @param clientId the developer clientId GUID (header "clientId")
 */
public record ConnectWiseSettings(URI siteUri, String codebase, String companyId, String publicKey,
                                  String privateKey, String clientId, TransportSettings transport) {

    public ConnectWiseSettings {
        Objects.requireNonNull(siteUri, "siteUri");
        siteUri = siteUri.toString().endsWith("/") ? siteUri : URI.create(siteUri + "/");
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(transport, "transport");
    }

    @Override
    public String toString() {
        return "ConnectWiseSettings[siteUri=" + siteUri + ", codebase=" + codebase + ", companyId=" + companyId + "]";
    }
}
