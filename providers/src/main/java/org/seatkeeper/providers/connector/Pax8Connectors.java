package org.seatkeeper.providers.connector;

import org.seatkeeper.providers.http.ProviderTransport;
import org.seatkeeper.providers.pax8.Pax8Client;
import org.seatkeeper.providers.pax8.Pax8Settings;

final class Pax8Connectors {

    private Pax8Connectors() {
    }

    static ProviderConnector create(ConnectorSettings settings, ProviderTransport transport) {
        return new Pax8Connector(new Pax8Client(new Pax8Settings(settings.baseUri(), settings.tokenUri(),
                settings.credential("clientId"), settings.credential("clientSecret"), settings.transport()), transport));
    }
}
