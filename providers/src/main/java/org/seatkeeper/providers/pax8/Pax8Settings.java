package org.seatkeeper.providers.pax8;

import java.net.URI;
import java.util.Objects;
import org.seatkeeper.providers.http.TransportSettings;

/**
 * Pax8 partner API (§5), client-credentials.
 *
 * @param baseUri  e.g. https://api.pax8.com/v1/
 * @param tokenUri e.g. https://api.pax8.com/v1/token
 */
public record Pax8Settings(URI baseUri, URI tokenUri, String clientId, String clientSecret,
                           TransportSettings transport) {

    public static final URI DEFAULT_BASE = URI.create("https://api.pax8.com/v1/");
    public static final URI DEFAULT_TOKEN = URI.create("https://api.pax8.com/v1/token");

    public Pax8Settings {
        Objects.requireNonNull(baseUri, "baseUri");
        baseUri = baseUri.toString().endsWith("/") ? baseUri : URI.create(baseUri + "/");
        Objects.requireNonNull(tokenUri, "tokenUri");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        Objects.requireNonNull(transport, "transport");
    }

    @Override
    public String toString() {
        return "Pax8Settings[baseUri=" + baseUri + ", tokenUri=" + tokenUri + ", clientId=" + clientId + "]";
    }
}
