package org.seatkeeper.app.psa;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.seatkeeper.batch.psa.PsaKeys;
import org.seatkeeper.db.Transactions;
import org.seatkeeper.db.audit.AuditAction;
import org.seatkeeper.db.audit.AuditEntity;
import org.seatkeeper.db.audit.AuditLog;
import org.seatkeeper.db.audit.AuditState;
import org.seatkeeper.db.psa.PsaConnection;
import org.seatkeeper.db.psa.PsaConnectionDetails;
import org.seatkeeper.db.psa.PsaConnectionRepository;

/** Saves the PSA connection in one transaction with its audit entry; the keys only ever stored encrypted. */
final class PsaConnectionService {

    private final PsaConnectionRepository connections;
    private final PsaKeys keys;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    PsaConnectionService(PsaConnectionRepository connections, PsaKeys keys, AuditLog audit, Transactions transactions,
                         Clock clock) {
        this.connections = connections;
        this.keys = keys;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * @param newKeys null keeps the stored keys (refused when there are none yet: the form asks for them)
     * @param version the version the form was opened on
     */
    void save(String actor, PsaConnectionDetails details, PsaKeys.Pair newKeys, int version) {
        transactions.run(() -> {
            PsaConnection before = connections.find().orElse(null);
            String ciphertext = newKeys == null ? null : keys.encrypt(newKeys);
            if (before == null) {
                connections.create(details, ciphertext, actor, clock.instant());
            } else {
                connections.update(details, ciphertext, actor, clock.instant(), version);
            }
            audit.record(actor, before == null ? AuditAction.CREATE : AuditAction.UPDATE, AuditEntity.PSA_CONNECTION, 1,
                    "PSA connection " + (before == null ? "set up" : "changed") + (newKeys == null ? "" : "; API keys replaced"),
                    before == null ? null : describe(before.siteUrl(), before.companyId(), before.clientId(), before.currency()),
                    describe(details.siteUrl(), details.companyId(), details.clientId(), details.currency()));
        });
    }

    /** Never the keys. */
    private static AuditState describe(String site, String companyId, String clientId, String currency) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("siteUrl", site);
        state.put("companyId", companyId);
        state.put("clientId", clientId);
        state.put("currency", currency);
        return AuditState.of(state);
    }
}
