package org.seatkeeper.db.providers;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A provider as stored. The credentials never leave the repository in this record: {@code hasCredentials} says whether
 * some are stored; {@link ProviderRepository#credentialsCiphertext(long)} hands the ciphertext to the one caller that
 * decrypts it (the connector factory).
 *
 * @param kind one of {@link ProviderDetails#KINDS}
 * @param apiBaseUrl null means the provider's public URL
 * @param accountsSyncedAt when the last provider account sync completed, null before the first one
 */
public record Provider(long id, String name, String kind, boolean automatic, boolean enabled, String currency,
                       boolean hasCredentials, String apiBaseUrl, String tokenUrl, Set<String> countries,
                       Instant accountsSyncedAt, Instant createdAt, int version) {

    public Provider {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        countries = Set.copyOf(countries);
    }
}
