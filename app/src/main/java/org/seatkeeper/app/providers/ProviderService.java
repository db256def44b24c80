package org.seatkeeper.app.providers;

import java.time.Clock;
import java.util.Map;
import org.seatkeeper.app.web.HttpProblem;
import org.seatkeeper.batch.providers.CredentialsCodec;
import org.seatkeeper.db.Transactions;
import org.seatkeeper.db.audit.AuditAction;
import org.seatkeeper.db.audit.AuditEntity;
import org.seatkeeper.db.audit.AuditLog;
import org.seatkeeper.db.audit.AuditState;
import org.seatkeeper.db.providers.Provider;
import org.seatkeeper.db.providers.ProviderDetails;
import org.seatkeeper.db.providers.ProviderRepository;

/** Providers: each change in one transaction with its audit entry; credentials only ever stored encrypted. */
final class ProviderService {

    private final ProviderRepository providers;
    private final CredentialsCodec codec;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    public ProviderService(ProviderRepository providers, CredentialsCodec codec, AuditLog audit, Transactions transactions,
                           Clock clock) {
        this.providers = providers;
        this.codec = codec;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @throws DuplicateNameException when another provider has the name */
    public long create(String actor, ProviderDetails details, Map<String, String> credentials) {
        return transactions.inTransaction(() -> {
            requireUniqueName(details.name(), null);
            long id = providers.insert(details, credentials.isEmpty() ? null : codec.encrypt(credentials), clock.instant());
            audit.record(actor, AuditAction.CREATE, AuditEntity.PROVIDER, id, "Provider " + details.name() + " added"
                    + (credentials.isEmpty() ? "" : " with credentials " + credentials.keySet()), null, ProviderForm.describe(details));
            return id;
        });
    }

    /** @param credentials null keeps the stored credentials */
    public void update(String actor, long id, ProviderDetails details, int version, Map<String, String> credentials) {
        transactions.run(() -> {
            Provider before = providers.find(id).orElseThrow(() -> HttpProblem.notFound("That provider"));
            requireUniqueName(details.name(), id);
            providers.update(id, details, version);
            if (credentials != null) {
                providers.replaceCredentials(id, credentials.isEmpty() ? null : codec.encrypt(credentials), version + 1);
                // new credentials answer a refusal; a new refusal of them is recorded again at their first use
                providers.credentialsProblems().clear(id);
            }
            audit.record(actor, AuditAction.UPDATE, AuditEntity.PROVIDER, id, "Provider " + details.name() + " edited"
                            + (credentials == null ? "" : "; credentials replaced " + credentials.keySet()),
                    describe(before), ProviderForm.describe(details));
        });
    }

    public void setEnabled(String actor, Provider provider, boolean enabled) {
        transactions.run(() -> {
            providers.setEnabled(provider.id(), enabled, provider.version());
            audit.record(actor, enabled ? AuditAction.ENABLE : AuditAction.DISABLE, AuditEntity.PROVIDER, provider.id(), "Provider " + provider.name()
                    + (enabled ? " enabled" : " disabled: no more syncs"), AuditState.of("enabled", provider.enabled()),
                    AuditState.of("enabled", enabled));
        });
    }

    /** The stored credentials, to merge the fields a person left empty; never sent to a page. */
    Map<String, String> storedCredentials(long id) {
        return codec.decrypt(providers.credentialsCiphertext(id).orElse(null));
    }

    private void requireUniqueName(String name, Long self) {
        boolean taken = providers.list().stream().anyMatch(p -> p.name().equalsIgnoreCase(name) && (self == null || p.id() != self));
        if (taken) {
            throw new DuplicateNameException(name);
        }
    }

    private static AuditState describe(Provider p) {
        return ProviderForm.state(p.name(), p.kind(), p.automatic(), p.currency(), p.countries(), p.apiBaseUrl(),
                p.tokenUrl());
    }

    /** Names are unique so a person can tell providers apart on every page. */
    public static final class DuplicateNameException extends RuntimeException {
        DuplicateNameException(String name) {
            super("There is already a provider called " + name + ". Choose another name.");
        }
    }
}
