package org.seatkeeper.batch.providers;

import java.net.URI;
import java.time.Clock;
import java.util.Map;
import org.seatkeeper.db.providers.Provider;
import org.seatkeeper.db.providers.CredentialsProblemRepository;
import org.seatkeeper.db.providers.ProviderRepository;
import org.seatkeeper.providers.connector.ConnectionCheck;
import org.seatkeeper.providers.connector.ConnectorSettings;
import org.seatkeeper.providers.connector.DelegatedAccess;
import org.seatkeeper.providers.connector.ProviderConnector;
import org.seatkeeper.providers.connector.ProviderConnectors;
import org.seatkeeper.providers.connector.ProviderKind;
import org.seatkeeper.providers.http.TransportSettings;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Builds the connector for a stored provider: decrypts its credentials, applies its URL overrides (demo mode points
 * them at the emulator), and gives it a refresh-token store that saves rotated tokens durably.
 */
public final class ConnectorFactory {

    private final ProviderRepository providers;
    private final CredentialsProblemRepository problems;
    private final CredentialsCodec codec;
    private final PlatformTransactionManager transactionManager;
    private final TransportSettings transportOverride;
    private final Clock clock;

    /** @param transportOverride null for each provider's documented limits; tests and benchmarks pass their own */
    public ConnectorFactory(ProviderRepository providers, CredentialsCodec codec,
                            PlatformTransactionManager transactionManager, TransportSettings transportOverride,
                            Clock clock) {
        this.providers = providers;
        this.problems = providers.credentialsProblems();
        this.codec = codec;
        this.transactionManager = transactionManager;
        this.transportOverride = transportOverride;
        this.clock = clock;
    }

    public ProviderConnector create(long providerId) {
        return create(providers.find(providerId)
                .orElseThrow(() -> new IllegalArgumentException("There is no provider " + providerId + ".")));
    }

    public ProviderConnector create(Provider provider) {
        return ProviderConnectors.create(ProviderKind.valueOf(provider.kind()), settings(provider),
                tokenStore(provider));
    }

    /**
     * The partner's delegated admin access (GDAP) through a Partner Center provider: its app and refresh token
     * read customer tenants' licenses (Partner Center subscribedskus, Graph).
     *
     * @throws IllegalArgumentException when there is no such provider or it is not a Partner Center provider
     */
    public DelegatedAccess delegatedAccess(long providerId) {
        Provider provider = providers.find(providerId)
                .orElseThrow(() -> new IllegalArgumentException("There is no provider " + providerId + "."));
        return DelegatedAccess.of(settings(provider), tokenStore(provider));
    }

    private DurableRefreshTokenStore tokenStore(Provider provider) {
        return new DurableRefreshTokenStore(provider.id(), providers, problems, codec, transactionManager, clock);
    }

    private ConnectorSettings settings(Provider provider) {
        ProviderKind kind = ProviderKind.valueOf(provider.kind());
        Map<String, String> credentials = codec.decrypt(providers.credentialsCiphertext(provider.id()).orElse(null));
        ConnectorSettings settings = ConnectorSettings.defaults(kind, credentials).withClock(clock);
        if (provider.apiBaseUrl() != null) {
            settings = settings.withBaseUri(URI.create(withSlash(provider.apiBaseUrl())));
        }
        if (provider.tokenUrl() != null) {
            settings = settings.withTokenUri(URI.create(provider.tokenUrl()));
        }
        if (transportOverride != null) {
            settings = settings.withTransport(transportOverride);
        }
        return settings;
    }

    /** "Test connection" on the provider page: never throws. */
    public ConnectionCheck test(long providerId) {
        try {
            return create(providerId).testConnection();
        } catch (RuntimeException e) {
            return new ConnectionCheck(false, e.getMessage());
        }
    }

    private static String withSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }
}
