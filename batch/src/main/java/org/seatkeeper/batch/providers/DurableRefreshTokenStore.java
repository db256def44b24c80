package org.seatkeeper.batch.providers;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.seatkeeper.db.providers.CredentialsProblemRepository;
import org.seatkeeper.db.providers.ProviderRepository;
import org.seatkeeper.providers.http.RefreshTokenStore;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps a provider's rotating refresh token (StreamOne Ion tokens are single-use) in the provider's encrypted
 * credentials. {@link #replace} commits in its own transaction (REQUIRES_NEW) before the new token is used: if the
 * surrounding chunk later rolls back, the database must still hold the only token that works. The database syncs
 * every commit to disk, so when {@link #replace} returns the new token survives a crash or a power cut.
 */
final class DurableRefreshTokenStore implements RefreshTokenStore {

    static final String REFRESH_TOKEN = "refreshToken";

    private final long providerId;
    private final ProviderRepository providers;
    private final CredentialsProblemRepository problems;
    private final Clock clock;
    private final CredentialsCodec codec;
    private final TransactionTemplate ownTransaction;

    DurableRefreshTokenStore(long providerId, ProviderRepository providers, CredentialsProblemRepository problems,
                             CredentialsCodec codec, PlatformTransactionManager transactionManager, Clock clock) {
        this.providerId = providerId;
        this.problems = problems;
        this.clock = clock;
        this.providers = providers;
        this.codec = codec;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public String current() {
        return ownTransaction.execute(status -> credentials().get(REFRESH_TOKEN));
    }

    @Override
    public synchronized void replace(String used, String next) {
        ownTransaction.executeWithoutResult(status -> {
            Map<String, String> credentials = new HashMap<>(credentials());
            credentials.put(REFRESH_TOKEN, next);
            providers.storeRotatedCredentials(providerId, codec.encrypt(credentials));
            problems.clear(providerId);
        });
    }

    /** Remembered (in its own transaction, like the token) so the provider page and the morning report say what to do. */
    @Override
    public void refused(String used, String reason) {
        ownTransaction.executeWithoutResult(status -> problems.recordRefused(providerId, reason, clock.instant()));
    }

    private Map<String, String> credentials() {
        return codec.decrypt(providers.credentialsCiphertext(providerId).orElse(null));
    }
}
