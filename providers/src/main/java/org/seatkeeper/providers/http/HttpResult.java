package org.seatkeeper.providers.http;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** A response that is not retried any further: 1xx-4xx (except 429). */
public record HttpResult(String method, URI uri, int status, HttpHeaders headers, byte[] body) {

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    public List<String> headerValues(String name) {
        return headers.allValues(name);
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** "GET /v1/customers": what a message may show (no query string: it can carry filters typed by people). */
    public String what() {
        return describe(method, uri);
    }

    static String describe(String method, URI uri) {
        return method + " " + uri.getPath();
    }

    @Override
    public String toString() {
        return "HttpResult[" + what() + " -> " + status + "]";
    }
}
