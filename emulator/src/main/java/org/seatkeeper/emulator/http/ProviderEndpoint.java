package org.seatkeeper.emulator.http;

import org.seatkeeper.emulator.Api;

/** One emulated provider API: its paths, its handling and its own error bodies. */
public interface ProviderEndpoint {

    Api api();

    /** Whether this API answers that path (API base or token endpoint). */
    boolean serves(String path);

    /** Token endpoints are excluded from failNext/failAfter and from injected 5xx and throttling. */
    boolean isTokenRequest(HttpCall call);

    /** Handles a request that passed fault injection; may throw {@link ApiException}. */
    HttpReply handle(HttpCall call);

    /** The provider's body for an error status (used for ApiException, failNext and 503 faults). */
    HttpReply error(int status, String code, String message);

    /** The provider's throttling answer; Retry-After is added by the caller. */
    default HttpReply throttled(int retryAfterSeconds) {
        return error(429, "TooManyRequests", "Rate limit is exceeded. Try again in " + retryAfterSeconds + " seconds.");
    }
}
