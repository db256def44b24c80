package org.seatkeeper.app.onboarding;

import org.seatkeeper.db.providers.Provider;
import org.seatkeeper.providers.connector.ProviderConnector;

/** The connector of a stored provider (the batch ConnectorFactory in production). */
@FunctionalInterface
interface ConnectorSource {

    /** @throws IllegalArgumentException when the provider's credentials are incomplete */
    ProviderConnector connector(Provider provider);
}
