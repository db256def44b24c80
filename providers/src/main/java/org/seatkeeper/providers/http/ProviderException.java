package org.seatkeeper.providers.http;

/**
 * A provider call that failed in a way a reseller can act on. The message names the provider and says what to do;
 * it never contains tokens, secrets or credentials.
 */
public abstract sealed class ProviderException extends RuntimeException
        permits ProviderAuthException, ProviderThrottledException, ProviderUnavailableException,
                ProviderRejectedException, ProviderResponseException {

    private final String provider;

    protected ProviderException(String provider, String message, Throwable cause) {
        super(message, cause);
        this.provider = provider;
    }

    /** The provider's display name, e.g. "Partner Center". */
    public String provider() {
        return provider;
    }
}
