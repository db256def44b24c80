package org.seatkeeper.providers.connector;

import java.util.Map;
import org.seatkeeper.emulator.Api;
import org.seatkeeper.emulator.ProviderEmulator;
import org.seatkeeper.providers.http.RefreshTokenStore;
import org.seatkeeper.providers.http.TestTransports;

/** Connectors of the three automatic providers pointed at an emulator, with tiny back-off. */
final class EmulatorConnectors {

    private EmulatorConnectors() {
    }

    static ProviderConnector of(ProviderEmulator emulator, Api api) {
        return switch (api) {
            case PARTNER_CENTER -> {
                var c = emulator.credentials().partnerCenter();
                yield ProviderConnectors.create(ProviderKind.PARTNER_CENTER, settings(emulator, api,
                        ProviderKind.PARTNER_CENTER, Map.of("partnerTenantId", c.partnerTenantId(), "clientId",
                                c.clientId(), "clientSecret", c.clientSecret(), "refreshToken", c.refreshToken())), null);
            }
            case ION -> {
                var c = emulator.credentials().ion();
                yield ProviderConnectors.create(ProviderKind.ION, settings(emulator, api, ProviderKind.ION,
                        Map.of("accountId", String.valueOf(c.accountId()))),
                        RefreshTokenStore.inMemory(emulator.control().issueIonRefreshToken()));
            }
            case PAX8 -> {
                var c = emulator.credentials().pax8();
                yield ProviderConnectors.create(ProviderKind.PAX8, settings(emulator, api, ProviderKind.PAX8,
                        Map.of("clientId", c.clientId(), "clientSecret", c.clientSecret())), null);
            }
            default -> throw new IllegalArgumentException(api + " is not an automatic provider");
        };
    }

    private static ConnectorSettings settings(ProviderEmulator emulator, Api api, ProviderKind kind,
                                              Map<String, String> credentials) {
        return ConnectorSettings.defaults(kind, credentials).withBaseUri(emulator.apiBaseUri(api))
                .withTokenUri(emulator.tokenUri(api)).withTransport(TestTransports.fast());
    }
}
