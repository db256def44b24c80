package org.seatkeeper.providers.connector;

import org.seatkeeper.providers.http.ProviderTransport;
import org.seatkeeper.providers.http.RefreshTokenStore;

final class IonConnectors {

    private IonConnectors() {
    }

    static ProviderConnector create(ConnectorSettings settings, ProviderTransport transport, RefreshTokenStore store,
                                    PageTokens pageTokens) {
        throw new UnsupportedOperationException("The StreamOne Ion connector is not built yet.");
    }
}
