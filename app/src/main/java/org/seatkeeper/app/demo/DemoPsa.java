package org.seatkeeper.app.demo;

import java.net.URI;
import java.time.Clock;
import org.seatkeeper.batch.psa.PsaKeys;
import org.seatkeeper.db.Transactions;
import org.seatkeeper.db.audit.AuditAction;
import org.seatkeeper.db.audit.AuditEntity;
import org.seatkeeper.db.audit.AuditLog;
import org.seatkeeper.db.psa.PsaConnection;
import org.seatkeeper.db.psa.PsaConnectionDetails;
import org.seatkeeper.db.psa.PsaConnectionRepository;
import org.seatkeeper.emulator.DemoCredentials;
import org.seatkeeper.emulator.ProviderEmulator;

/**
 * The demo's PSA: the emulated ConnectWise with the emulator's keys. The emulator starts on a new port each run, so a
 * connection that points at loopback is re-pointed; one a person typed for a real site is left alone.
 */
final class DemoPsa {

    private final PsaConnectionRepository connections;
    private final PsaKeys keys;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    DemoPsa(PsaConnectionRepository connections, PsaKeys keys, AuditLog audit, Transactions transactions, Clock clock) {
        this.connections = connections;
        this.keys = keys;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    void pointAt(ProviderEmulator emulator) {
        DemoCredentials.ConnectWise cw = emulator.credentials().connectWise();
        PsaConnectionDetails details = new PsaConnectionDetails(emulator.baseUri().resolve("/connectwise/").toString(),
                cw.companyId(), cw.clientId(), "USD");
        String ciphertext = keys.encrypt(new PsaKeys.Pair(cw.publicKey(), cw.privateKey()));
        transactions.run(() -> {
            PsaConnection current = connections.find().orElse(null);
            if (current == null) {
                connections.create(details, ciphertext, "system", clock.instant());
            } else if ("127.0.0.1".equals(URI.create(current.siteUrl()).getHost())) {
                connections.update(details, ciphertext, "system", clock.instant(), current.version());
            } else {
                return;
            }
            audit.record("system", current == null ? AuditAction.CREATE : AuditAction.UPDATE, AuditEntity.PSA_CONNECTION, 1,
                    "Demo PSA connection pointed at the emulated ConnectWise on " + emulator.baseUri());
        });
    }
}
