package org.seatkeeper.app.settings;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * The address the administrator's browser reached Seatkeeper at (scheme://host:port), offered on the Settings page as
 * Seatkeeper's web address. Only offered, never saved by itself: the night's mails are sent with nobody's request at
 * hand, and an address seen through a proxy or a tunnel may not be the one everybody else uses.
 */
final class RequestAddress {

    private RequestAddress() {
    }

    static Optional<String> of(HttpServletRequest request) {
        String scheme = firstOf(request.getHeader("X-Forwarded-Proto"));
        String host = firstOf(request.getHeader("X-Forwarded-Host"));
        // behind the TLS reverse proxy the README recommends, Jetty itself sees http://127.0.0.1:8080
        String address = scheme != null && host != null ? scheme + "://" + host : direct(request);
        if (WebAddressRule.refusal(address).isPresent()) {
            address = direct(request);
        }
        return WebAddressRule.refusal(address).isPresent() ? Optional.empty()
                : Optional.of(WebAddressRule.normalized(address));
    }

    /** What Jetty was asked for: its request URL (built from the Host header) without the path. */
    private static String direct(HttpServletRequest request) {
        StringBuffer url = request.getRequestURL();
        int path = url.indexOf("/", url.indexOf("://") + 3);
        return path < 0 ? url.toString() : url.substring(0, path);
    }

    private static String firstOf(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        return header.split(",")[0].trim();
    }
}
