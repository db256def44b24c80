package org.seatkeeper.providers.http;

/** Supplies the Authorization header of a provider's API calls. */
public interface Authorizer {

    /** The full header value, e.g. "Bearer eyJ..." or "Basic ...". */
    String authorization();

    /**
     * The API answered 401 to a call sent with {@code rejected}: drop that token. True when a fresh token can be
     * fetched, so the call is worth one more try.
     */
    default boolean renewAfterRejection(String rejected) {
        return false;
    }
}
