package org.seatkeeper.db.providers;

import static org.seatkeeper.db.jooq.Tables.PROVIDER;
import static org.seatkeeper.db.jooq.Tables.PROVIDER_COUNTRY;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.seatkeeper.db.OptimisticLockException;

/**
 * Providers and the countries they may provision in. Credentials are stored as ciphertext only: callers encrypt with
 * {@code SecretBox} (purpose "provider.credentials") before calling, and this class never sees plaintext.
 */
public final class ProviderRepository {

    private final DSLContext dsl;

    public ProviderRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Refused credentials of these providers, kept beside the credentials (the same database). */
    public CredentialsProblemRepository credentialsProblems() {
        return new CredentialsProblemRepository(dsl);
    }

    public List<Provider> list() {
        return fetch(PROVIDER.ID.isNotNull());
    }

    /** Enabled automatic providers: the ones the nightly run syncs. */
    public List<Provider> listSyncable() {
        return fetch(PROVIDER.ENABLED.isTrue().and(PROVIDER.AUTOMATIC.isTrue()));
    }

    public Optional<Provider> find(long id) {
        return fetch(PROVIDER.ID.eq(id)).stream().findFirst();
    }

    /** @param credentialsCiphertext null when the provider has none (yet) */
    public long insert(ProviderDetails details, String credentialsCiphertext, Instant now) {
        long id = dsl.insertInto(PROVIDER)
                .set(PROVIDER.NAME, details.name())
                .set(PROVIDER.KIND, details.kind())
                .set(PROVIDER.AUTOMATIC, details.automatic())
                .set(PROVIDER.CURRENCY, details.currency())
                .set(PROVIDER.CREDENTIALS_ENCRYPTED, credentialsCiphertext)
                .set(PROVIDER.API_BASE_URL, details.apiBaseUrl())
                .set(PROVIDER.TOKEN_URL, details.tokenUrl())
                .set(PROVIDER.CREATED_AT, now)
                .returning(PROVIDER.ID)
                .fetchOne(PROVIDER.ID);
        insertCountries(id, details.countries());
        return id;
    }

    /** Saves the user's changes; stored credentials are kept. */
    public void update(long id, ProviderDetails details, int expectedVersion) {
        int rows = dsl.update(PROVIDER)
                .set(PROVIDER.NAME, details.name())
                .set(PROVIDER.KIND, details.kind())
                .set(PROVIDER.AUTOMATIC, details.automatic())
                .set(PROVIDER.CURRENCY, details.currency())
                .set(PROVIDER.API_BASE_URL, details.apiBaseUrl())
                .set(PROVIDER.TOKEN_URL, details.tokenUrl())
                .set(PROVIDER.VERSION, PROVIDER.VERSION.plus(1))
                .where(PROVIDER.ID.eq(id))
                .and(PROVIDER.VERSION.eq(expectedVersion))
                .execute();
        requireOne(rows);
        dsl.deleteFrom(PROVIDER_COUNTRY).where(PROVIDER_COUNTRY.PROVIDER_ID.eq(id)).execute();
        insertCountries(id, details.countries());
    }

    /** A user entered new credentials (already encrypted). */
    public void replaceCredentials(long id, String credentialsCiphertext, int expectedVersion) {
        int rows = dsl.update(PROVIDER)
                .set(PROVIDER.CREDENTIALS_ENCRYPTED, credentialsCiphertext)
                .set(PROVIDER.VERSION, PROVIDER.VERSION.plus(1))
                .where(PROVIDER.ID.eq(id))
                .and(PROVIDER.VERSION.eq(expectedVersion))
                .execute();
        requireOne(rows);
    }

    /**
     * A provider rotated a refresh token during a sync. No version check and no version bump: the old token is already
     * dead, so this write must win, and it must not make a user's open provider form fail with a conflict.
     */
    public void storeRotatedCredentials(long id, String credentialsCiphertext) {
        dsl.update(PROVIDER)
                .set(PROVIDER.CREDENTIALS_ENCRYPTED, credentialsCiphertext)
                .where(PROVIDER.ID.eq(id))
                .execute();
    }

    public Optional<String> credentialsCiphertext(long id) {
        return dsl.select(PROVIDER.CREDENTIALS_ENCRYPTED)
                .from(PROVIDER)
                .where(PROVIDER.ID.eq(id))
                .fetchOptional(PROVIDER.CREDENTIALS_ENCRYPTED);
    }

    public void setEnabled(long id, boolean enabled, int expectedVersion) {
        int rows = dsl.update(PROVIDER)
                .set(PROVIDER.ENABLED, enabled)
                .set(PROVIDER.VERSION, PROVIDER.VERSION.plus(1))
                .where(PROVIDER.ID.eq(id))
                .and(PROVIDER.VERSION.eq(expectedVersion))
                .execute();
        requireOne(rows);
    }

    /** Written by the account sync when a run completes; not a user change, so the version stays. */
    public void recordAccountsSynced(long id, Instant completedAt) {
        dsl.update(PROVIDER)
                .set(PROVIDER.ACCOUNTS_SYNCED_AT, completedAt)
                .where(PROVIDER.ID.eq(id))
                .execute();
    }

    private void insertCountries(long providerId, Set<String> countries) {
        if (countries.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(PROVIDER_COUNTRY, PROVIDER_COUNTRY.PROVIDER_ID, PROVIDER_COUNTRY.COUNTRY);
        for (String country : countries) {
            insert = insert.values(providerId, country);
        }
        insert.execute();
    }

    private List<Provider> fetch(Condition condition) {
        Map<Long, Set<String>> countries = dsl.select(PROVIDER_COUNTRY.PROVIDER_ID, PROVIDER_COUNTRY.COUNTRY)
                .from(PROVIDER_COUNTRY)
                .join(PROVIDER).on(PROVIDER.ID.eq(PROVIDER_COUNTRY.PROVIDER_ID))
                .where(condition)
                .fetchGroups(PROVIDER_COUNTRY.PROVIDER_ID, PROVIDER_COUNTRY.COUNTRY)
                .entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> Set.copyOf(e.getValue())));
        return dsl.select(PROVIDER.asterisk())
                .from(PROVIDER)
                .where(condition)
                .orderBy(PROVIDER.NAME)
                .fetch(r -> toProvider(r, countries.getOrDefault(r.get(PROVIDER.ID), Set.of())));
    }

    private static void requireOne(int rows) {
        if (rows == 0) {
            throw new OptimisticLockException("This provider");
        }
    }

    private static Provider toProvider(Record r, Set<String> countries) {
        return new Provider(r.get(PROVIDER.ID), r.get(PROVIDER.NAME), r.get(PROVIDER.KIND), r.get(PROVIDER.AUTOMATIC),
                r.get(PROVIDER.ENABLED), r.get(PROVIDER.CURRENCY), r.get(PROVIDER.CREDENTIALS_ENCRYPTED) != null,
                r.get(PROVIDER.API_BASE_URL), r.get(PROVIDER.TOKEN_URL), countries, r.get(PROVIDER.ACCOUNTS_SYNCED_AT),
                r.get(PROVIDER.CREATED_AT), r.get(PROVIDER.VERSION));
    }
}
