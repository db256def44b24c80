package org.seatkeeper.batch.psa;

import java.net.URI;
import java.time.Clock;
import org.seatkeeper.db.psa.PsaConnection;
import org.seatkeeper.db.psa.PsaConnectionRepository;
import org.seatkeeper.providers.connector.ConnectionCheck;
import org.seatkeeper.providers.connectwise.ConnectWiseCheck;
import org.seatkeeper.providers.connectwise.ConnectWiseClient;
import org.seatkeeper.providers.connectwise.ConnectWiseSettings;
import org.seatkeeper.providers.http.ProviderTransport;
import org.seatkeeper.providers.http.TransportSettings;

/**
 * The ConnectWise client of the stored PSA connection, with its keys decrypted only here. Every call builds it from
 * what is stored now, so a saved change applies to the next job or test at once.
 */
public final class PsaClients {

    private final PsaConnectionRepository connections;
    private final PsaKeys keys;
    private final TransportSettings transport;
    private final Clock clock;

    /** @param transport null for the documented defaults (10 requests/s, Retry-After honoured, 4 attempts) */
    public PsaClients(PsaConnectionRepository connections, PsaKeys keys, TransportSettings transport, Clock clock) {
        this.connections = connections;
        this.keys = keys;
        this.transport = transport == null ? TransportSettings.defaults() : transport;
        this.clock = clock;
    }

    /** @throws PsaNotConnectedException before the connection is saved */
    public ConnectWiseClient client() {
        ConnectWiseSettings settings = settings();
        return new ConnectWiseClient(settings, ProviderTransport.create(transport.connectTimeout(), clock));
    }

    /** "Test connection": what works and what does not, in plain words; never throws. */
    public ConnectionCheck test() {
        ConnectWiseSettings settings;
        try {
            settings = settings();
        } catch (PsaNotConnectedException | IllegalArgumentException | IllegalStateException e) {
            return new ConnectionCheck(false, e.getMessage());
        }
        return ConnectWiseCheck.run(new ConnectWiseClient(settings, ProviderTransport.create(transport.connectTimeout(), clock)),
                settings);
    }

    /** The currency the PSA's catalog prices are in. */
    public String currency() {
        return connections.find().map(PsaConnection::currency).orElseThrow(PsaNotConnectedException::new);
    }

    private ConnectWiseSettings settings() {
        PsaConnection connection = connections.find().orElseThrow(PsaNotConnectedException::new);
        PsaKeys.Pair pair = keys.decrypt(connections.keysCiphertext().orElseThrow(PsaNotConnectedException::new));
        return new ConnectWiseSettings(URI.create(connection.siteUrl()), null, connection.companyId(), pair.publicKey(),
                pair.privateKey(), connection.clientId(), transport);
    }
}
