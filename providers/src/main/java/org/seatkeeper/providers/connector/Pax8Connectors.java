package org.seatkeeper.providers.connector;

import org.seatkeeper.providers.http.ProviderTransport;

final class Pax8Connectors {

    private Pax8Connectors() {
    }

    static ProviderConnector create(ConnectorSettings settings, ProviderTransport transport, PageTokens pageTokens) {
        throw new UnsupportedOperationException("The Pax8 connector is not built yet.");
    }
}
