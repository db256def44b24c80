package org.seatkeeper.providers.connector;

import java.time.Duration;
import org.seatkeeper.providers.http.ProviderTransport;
import org.seatkeeper.providers.http.RefreshTokenStore;
import org.seatkeeper.providers.partnercenter.PartnerCenterClient;
import org.seatkeeper.providers.partnercenter.PartnerCenterPriceSheets;
import org.seatkeeper.providers.partnercenter.PartnerCenterSettings;

/** Builds the connector for a provider kind. Each connector gets its own HTTP client, rate limit and token cache. */
public final class ProviderConnectors {

    private ProviderConnectors() {
    }

    /**
     * @param tokenStore where rotated refresh tokens live (required for ION; used by PARTNER_CENTER when Microsoft
     *                   rotates its refresh token; may be null otherwise)
     */
    public static ProviderConnector create(ProviderKind kind, ConnectorSettings settings, RefreshTokenStore tokenStore) {
        if (kind != settings.kind()) {
            throw new IllegalArgumentException("Settings for " + settings.kind() + " cannot build a " + kind + " connector.");
        }
        if (kind == ProviderKind.MANUAL) {
            return new ManualConnector();
        }
        ProviderTransport transport = ProviderTransport.create(settings.transport().connectTimeout(), settings.clock());
        PageTokens pageTokens = new PageTokens(transport.mapper());
        return switch (kind) {
            case PARTNER_CENTER -> partnerCenter(settings, transport, tokenStore, pageTokens);
            case ION -> IonConnectors.create(settings, transport, tokenStore);
            case PAX8 -> Pax8Connectors.create(settings, transport);
            case MANUAL -> throw new IllegalStateException("unreachable");
        };
    }

    private static ProviderConnector partnerCenter(ConnectorSettings settings, ProviderTransport transport,
                                                   RefreshTokenStore tokenStore, PageTokens pageTokens) {
        PartnerCenterSettings pc = new PartnerCenterSettings(settings.baseUri(), settings.resolvedTokenUri(),
                settings.credential("clientId"), settings.credential("clientSecret"),
                settings.credential("refreshToken"), settings.transport(), Duration.ofSeconds(2), 30);
        RefreshTokenStore store = tokenStore != null ? tokenStore
                : RefreshTokenStore.inMemory(settings.credential("refreshToken"));
        var priceSheets = new PartnerCenterPriceSheets(settings.priceSheetUri() != null ? settings.priceSheetUri()
                : PartnerCenterPriceSheets.DEFAULT_BASE, pc, transport, store);
        return new PartnerCenterConnector(new PartnerCenterClient(pc, transport, store), pageTokens,
                new PartnerCenterPrices(priceSheets, settings.clock()));
    }
}
