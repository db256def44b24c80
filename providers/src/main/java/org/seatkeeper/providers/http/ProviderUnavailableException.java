package org.seatkeeper.providers.http;

/** 5xx answers, timeouts or connection failures that outlasted the retry bound. */
public final class ProviderUnavailableException extends ProviderException {

    public ProviderUnavailableException(String provider, String what, String failure, int attempts, Throwable cause) {
        super(provider, provider + " is unavailable: " + failure + " on " + what + " after " + attempts
                + " attempts. Check the provider's status page and the base URL, then try again.", cause);
    }
}
