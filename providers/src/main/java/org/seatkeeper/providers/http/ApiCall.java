package org.seatkeeper.providers.http;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One API call: method, absolute URI, an optional body (serialised as JSON) and call-specific headers such as an
 * idempotency key, which stay the same on every retry.
 */
public record ApiCall(String method, URI uri, Object body, Map<String, String> headers) {

    public ApiCall {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(uri, "uri");
        headers = Map.copyOf(headers);
    }

    public static ApiCall get(URI uri) {
        return new ApiCall("GET", uri, null, Map.of());
    }

    public static ApiCall post(URI uri, Object body) {
        return new ApiCall("POST", uri, body, Map.of());
    }

    public static ApiCall put(URI uri, Object body) {
        return new ApiCall("PUT", uri, body, Map.of());
    }

    public static ApiCall patch(URI uri, Object body) {
        return new ApiCall("PATCH", uri, body, Map.of());
    }

    public ApiCall withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ApiCall(method, uri, body, more);
    }

    /** The body is not shown: it may hold personal data or credentials. */
    @Override
    public String toString() {
        return "ApiCall[" + method + " " + uri.getPath() + "]";
    }
}
