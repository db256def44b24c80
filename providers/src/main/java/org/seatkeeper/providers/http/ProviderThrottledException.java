package org.seatkeeper.providers.http;

/** The provider still answered 429 after the retry bound. */
public final class ProviderThrottledException extends ProviderException {

    public ProviderThrottledException(String provider, String what, int attempts) {
        super(provider, provider + " is still throttling requests (HTTP 429) after " + attempts + " attempts on "
                + what + ". Try again later, or lower the requests per second on the provider page.", null);
    }

    ProviderThrottledException(String provider, String message) {
        super(provider, message, null);
    }
}
