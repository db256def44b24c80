package org.seatkeeper.app.demo;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.seatkeeper.batch.providers.CredentialsCodec;
import org.seatkeeper.db.Transactions;
import org.seatkeeper.db.audit.AuditAction;
import org.seatkeeper.db.audit.AuditEntity;
import org.seatkeeper.db.audit.AuditLog;
import org.seatkeeper.db.providers.Provider;
import org.seatkeeper.db.providers.ProviderDetails;
import org.seatkeeper.db.providers.ProviderRepository;
import org.seatkeeper.emulator.Api;
import org.seatkeeper.emulator.DemoCredentials;
import org.seatkeeper.emulator.ProviderEmulator;

/**
 * One demo provider of each automatic kind pointing at the emulator, plus a manual one. The emulator starts fresh on
 * every run (its single-use Ion refresh token too), so existing demo providers are re-pointed and given the
 * emulator's credentials again each time.
 */
final class DemoProviders {

    private final ProviderRepository providers;
    private final CredentialsCodec codec;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    DemoProviders(ProviderRepository providers, CredentialsCodec codec, AuditLog audit, Transactions transactions, Clock clock) {
        this.providers = providers;
        this.codec = codec;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    void pointAt(ProviderEmulator emulator) {
        DemoCredentials c = emulator.credentials();
        transactions.run(() -> {
            // Partner Center's customer list gives no address: a provider authorized in one market prices every
            // customer by that market's price sheet (several markets would leave the synced products without a price)
            ensure("Demo Partner Center", "PARTNER_CENTER", emulator, Api.PARTNER_CENTER, "USD", Set.of("US"), Map.of(
                    "partnerTenantId", c.partnerCenter().partnerTenantId(), "clientId", c.partnerCenter().clientId(),
                    "clientSecret", c.partnerCenter().clientSecret(), "refreshToken", c.partnerCenter().refreshToken()));
            ensure("Demo TD SYNNEX StreamOne Ion", "ION", emulator, Api.ION, "USD", Set.of("US", "CA", "GB"), Map.of(
                    "accountId", String.valueOf(c.ion().accountId()), "refreshToken", c.ion().refreshToken()));
            ensure("Demo Pax8", "PAX8", emulator, Api.PAX8, "USD", Set.of("US", "CA", "GB"), Map.of(
                    "clientId", c.pax8().clientId(), "clientSecret", c.pax8().clientSecret()));
            if (find("Manual").isEmpty()) {
                long id = providers.insert(new ProviderDetails("Manual", "MANUAL", false, "USD", null, null, Set.of("US")), null, clock.instant());
                audit.record("system", AuditAction.CREATE, AuditEntity.PROVIDER, id, "Demo provider Manual added");
            }
        });
    }

    private void ensure(String name, String kind, ProviderEmulator emulator, Api api, String currency, Set<String> countries,
                        Map<String, String> credentials) {
        ProviderDetails details = new ProviderDetails(name, kind, true, currency, emulator.apiBaseUri(api).toString(),
                emulator.tokenUri(api).toString(), countries);
        Optional<Provider> existing = find(name);
        if (existing.isEmpty()) {
            long id = providers.insert(details, codec.encrypt(credentials), clock.instant());
            audit.record("system", AuditAction.CREATE, AuditEntity.PROVIDER, id, "Demo provider " + name + " added, pointing at the emulator");
            return;
        }
        Provider p = existing.get();
        providers.update(p.id(), details, p.version());
        providers.replaceCredentials(p.id(), codec.encrypt(credentials), p.version() + 1);
        audit.record("system", AuditAction.UPDATE, AuditEntity.PROVIDER, p.id(), "Demo provider " + name + " re-pointed at the emulator on "
                + emulator.baseUri() + " with fresh credentials");
    }

    private Optional<Provider> find(String name) {
        return providers.list().stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
