package org.seatkeeper.providers.partnercenter;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.seatkeeper.providers.http.ApiCall;
import org.seatkeeper.providers.http.BearerAuthorizer;
import org.seatkeeper.providers.http.JsonApi;
import org.seatkeeper.providers.http.ProviderResponseException;
import org.seatkeeper.providers.http.ProviderTransport;
import org.seatkeeper.providers.http.RefreshTokenStore;
import org.seatkeeper.providers.http.TokenCache;
import org.seatkeeper.providers.http.TokenEndpoint;

/**
 * Microsoft's Partner API price sheets ({@code GET sales/pricesheets(Market='US',PricesheetView='updatedlicensebased')
 * /$value} on {@code https://api.partner.microsoft.com/v1.0/}): a CSV, or a zipped CSV when asked with
 * {@code Accept-Encoding: deflate} (we ask: a market's sheet is tens of megabytes). App+User tokens for the Partner
 * API's own resource, from the same refresh token as Partner Center. Columns are read by their header names.
 */
public final class PartnerCenterPriceSheets {

    public static final URI DEFAULT_BASE = URI.create("https://api.partner.microsoft.com/v1.0/");
    static final String RESOURCE = "https://api.partner.microsoft.com";
    static final String LICENSE_BASED = "updatedlicensebased";

    private final URI base;
    private final JsonApi api;

    public PartnerCenterPriceSheets(URI partnerApiBase, PartnerCenterSettings settings, ProviderTransport transport,
                                    RefreshTokenStore store) {
        this.base = PartnerCenterSettings.withSlash(partnerApiBase);
        var channel = transport.channel(PartnerCenterClient.PROVIDER, settings.transport());
        var endpoint = new TokenEndpoint(channel, transport.mapper(), transport.clock(), PartnerCenterClient.HINT);
        var tokens = new TokenCache(transport.clock(), Duration.ofMinutes(5), new PartnerCenterTokens(endpoint,
                settings.tokenUri(), settings.clientId(), settings.clientSecret(), store, RESOURCE));
        this.api = new JsonApi(channel, transport.mapper(), new BearerAuthorizer(tokens), PartnerCenterClient.HINT,
                builder -> builder.setHeader("Accept-Encoding", "deflate")
                        .setHeader("MS-CorrelationId", UUID.randomUUID().toString()));
    }

    /** The current NCE license-based price sheet of a market (ISO 3166 alpha-2), every row. */
    public List<PriceSheetRow> licenseBased(String market) {
        String iso2 = market.strip().toUpperCase(Locale.ROOT);
        URI uri = base.resolve("sales/pricesheets(Market='" + URLEncoder.encode(iso2, StandardCharsets.UTF_8)
                + "',PricesheetView='" + LICENSE_BASED + "')/$value");
        var response = api.call(ApiCall.get(uri).withHeader("MS-RequestId", UUID.randomUUID().toString()));
        try (Reader reader = new InputStreamReader(PriceSheets.unpacked(response.bytes()), StandardCharsets.UTF_8)) {
            return PriceSheets.rows(reader);
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new ProviderResponseException(PartnerCenterClient.PROVIDER, "GET " + uri.getPath(),
                    "the price sheet is not a readable CSV: " + e.getMessage(), e);
        }
    }

}
