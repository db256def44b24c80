package org.seatkeeper.providers.ion;

import java.net.URI;
import java.util.Objects;
import org.seatkeeper.providers.http.TransportSettings;

/**
 * StreamOne Ion v3 (§3).
 *
 * @param baseUri   e.g. https://ion.tdsynnex.com/api/v3/ (the client adds accounts/{accountId}/...)
 * @param tokenUri  e.g. https://ion.tdsynnex.com/oauth/token
 * @param accountId the reseller's numeric account id
 */
public record IonSettings(URI baseUri, URI tokenUri, String accountId, TransportSettings transport) {

    public static final URI DEFAULT_BASE = URI.create("https://ion.tdsynnex.com/api/v3/");
    public static final URI DEFAULT_TOKEN = URI.create("https://ion.tdsynnex.com/oauth/token");

    public IonSettings {
        Objects.requireNonNull(baseUri, "baseUri");
        baseUri = baseUri.toString().endsWith("/") ? baseUri : URI.create(baseUri + "/");
        Objects.requireNonNull(tokenUri, "tokenUri");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(transport, "transport");
    }

    URI accountUri(String relative) {
        return baseUri.resolve("accounts/" + accountId + "/" + relative);
    }
}
