package org.seatkeeper.providers.http;

/** The provider answered, but the body could not be read as the documented shape. */
public final class ProviderResponseException extends ProviderException {

    public ProviderResponseException(String provider, String what, String problem, Throwable cause) {
        super(provider, provider + " sent a response to " + what + " that Seatkeeper could not read: " + problem
                + ". If this persists, the provider may have changed its API.", cause);
    }
}
