package org.seatkeeper.providers.connector;

import java.util.Objects;
import org.seatkeeper.providers.http.ProviderTransport;
import org.seatkeeper.providers.http.RefreshTokenStore;
import org.seatkeeper.providers.ion.IonClient;
import org.seatkeeper.providers.ion.IonSettings;

final class IonConnectors {

    private IonConnectors() {
    }

    static ProviderConnector create(ConnectorSettings settings, ProviderTransport transport, RefreshTokenStore store) {
        Objects.requireNonNull(store, "StreamOne Ion needs a RefreshTokenStore: its refresh tokens are single-use.");
        IonSettings ion = new IonSettings(settings.baseUri(), settings.tokenUri(), settings.credential("accountId"),
                settings.transport());
        return new IonConnector(new IonClient(ion, transport, store));
    }
}
