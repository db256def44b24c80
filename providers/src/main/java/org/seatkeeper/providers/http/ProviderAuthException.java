package org.seatkeeper.providers.http;

/** The provider refused our credentials (token endpoint error, or 401 after one token refresh). */
public final class ProviderAuthException extends ProviderException {

    public ProviderAuthException(String provider, String providerDescription, String hint) {
        super(provider, provider + " refused the credentials: " + providerDescription + ". " + hint, null);
    }
}
