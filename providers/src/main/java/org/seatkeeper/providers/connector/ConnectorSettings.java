package org.seatkeeper.providers.connector;

import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import org.seatkeeper.providers.http.TransportSettings;

/**
 * How to reach one provider account. Credential keys per kind:
 * <ul>
 *   <li>PARTNER_CENTER: partnerTenantId, clientId, clientSecret, refreshToken (App+User, secure application model)</li>
 *   <li>ION: accountId, refreshToken (the first one; rotated tokens live in the RefreshTokenStore)</li>
 *   <li>PAX8: clientId, clientSecret</li>
 *   <li>MANUAL: none</li>
 * </ul>
 * A "{partnerTenantId}" in the token URI is replaced by that credential.
 *
 * @param baseUri       API root; the defaults are the real provider URLs, overridable (e.g. to point at the emulator)
 * @param tokenUri      OAuth token endpoint
 * @param priceSheetUri Partner Center only: the Partner API root that serves price sheets
 *                      ({@code https://api.partner.microsoft.com/v1.0/}); pointing the base URI at another host than
 *                      Microsoft's (an emulator, a sandbox) points this at {@code /partner/v1.0/} on that host, unless
 *                      set apart with {@link #withPriceSheetUri}
 */
public record ConnectorSettings(ProviderKind kind, URI baseUri, URI tokenUri, Map<String, String> credentials,
                                TransportSettings transport, Clock clock, URI priceSheetUri) {

    static final URI PARTNER_API = URI.create("https://api.partner.microsoft.com/v1.0/");
    private static final String PARTNER_CENTER_HOST = "api.partnercenter.microsoft.com";

    public ConnectorSettings(ProviderKind kind, URI baseUri, URI tokenUri, Map<String, String> credentials,
                             TransportSettings transport, Clock clock) {
        this(kind, baseUri, tokenUri, credentials, transport, clock, kind == ProviderKind.PARTNER_CENTER ? PARTNER_API : null);
    }

    public ConnectorSettings {
        Objects.requireNonNull(kind, "kind");
        credentials = Map.copyOf(credentials);
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(clock, "clock");
    }

    /** The real provider URLs and the documented limits (PC: 500 requests/min per tenant; Pax8 about 1000/min). */
    public static ConnectorSettings defaults(ProviderKind kind, Map<String, String> credentials) {
        TransportSettings transport = TransportSettings.defaults();
        return switch (kind) {
            case PARTNER_CENTER -> new ConnectorSettings(kind, URI.create("https://api.partnercenter.microsoft.com/v1/"),
                    URI.create("https://login.microsoftonline.com/%7BpartnerTenantId%7D/oauth2/token"), credentials,
                    transport.withRequestsPerSecond(8), Clock.systemUTC());
            case ION -> new ConnectorSettings(kind, URI.create("https://ion.tdsynnex.com/api/v3/"),
                    URI.create("https://ion.tdsynnex.com/oauth/token"), credentials, transport, Clock.systemUTC());
            case PAX8 -> new ConnectorSettings(kind, URI.create("https://api.pax8.com/v1/"),
                    URI.create("https://api.pax8.com/v1/token"), credentials, transport.withRequestsPerSecond(15),
                    Clock.systemUTC());
            case MANUAL -> new ConnectorSettings(kind, null, null, credentials, transport, Clock.systemUTC());
        };
    }

    public ConnectorSettings withBaseUri(URI value) {
        // another host (an emulator, a sandbox) serves the Partner API beside Partner Center; Microsoft's own does not
        boolean elsewhere = value != null && value.isAbsolute() && !PARTNER_CENTER_HOST.equalsIgnoreCase(value.getHost());
        URI priceSheets = kind == ProviderKind.PARTNER_CENTER && PARTNER_API.equals(priceSheetUri) && elsewhere
                ? value.resolve("/partner/v1.0/") : priceSheetUri;
        return new ConnectorSettings(kind, value, tokenUri, credentials, transport, clock, priceSheets);
    }

    public ConnectorSettings withTokenUri(URI value) {
        return new ConnectorSettings(kind, baseUri, value, credentials, transport, clock, priceSheetUri);
    }

    public ConnectorSettings withTransport(TransportSettings value) {
        return new ConnectorSettings(kind, baseUri, tokenUri, credentials, value, clock, priceSheetUri);
    }

    public ConnectorSettings withClock(Clock value) {
        return new ConnectorSettings(kind, baseUri, tokenUri, credentials, transport, value, priceSheetUri);
    }

    public ConnectorSettings withPriceSheetUri(URI value) {
        return new ConnectorSettings(kind, baseUri, tokenUri, credentials, transport, clock, value);
    }

    /** The credential, or an IllegalArgumentException naming the missing key (never a value). */
    public String credential(String key) {
        String value = credentials.get(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The " + kind + " connection needs the credential '" + key + "'.");
        }
        return value;
    }

    /** The token URI with {partnerTenantId} filled in. */
    URI resolvedTokenUri() {
        String raw = tokenUri.toString();
        return raw.contains("%7BpartnerTenantId%7D") || raw.contains("{partnerTenantId}")
                ? URI.create(raw.replace("%7BpartnerTenantId%7D", credential("partnerTenantId"))
                        .replace("{partnerTenantId}", credential("partnerTenantId")))
                : tokenUri;
    }

    @Override
    public String toString() {
        return "ConnectorSettings[kind=" + kind + ", baseUri=" + baseUri + ", tokenUri=" + tokenUri
                + (priceSheetUri == null ? "" : ", priceSheetUri=" + priceSheetUri)
                + ", credentialKeys=" + credentials.keySet() + ", transport=" + transport + "]";
    }
}
