package org.seatkeeper.app.settings;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which addresses a person may save as Seatkeeper's web address. Mails put it in front of a page's path, so it must be
 * an absolute http or https address with a host, and nothing after the path: a query or fragment would end up in the
 * middle of every link, and a user name and password in every mail.
 */
final class WebAddressRule {

    static final String EXAMPLE = "e.g. https://seatkeeper.example.com";

    private WebAddressRule() {
    }

    /** Why {@code typed} cannot be saved; empty when it can (an empty value means "not set" and can). */
    static Optional<String> refusal(String typed) {
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(typed);
        } catch (URISyntaxException e) {
            return Optional.of(whole());
        }
        if (uri.getScheme() == null || uri.isOpaque()) {
            return Optional.of(whole());
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return Optional.of("Mails can link only to an https:// or http:// address, not " + scheme + "://: "
                    + EXAMPLE + ".");
        }
        if (uri.getHost() == null) {
            return Optional.of("The address needs a host name after " + scheme + "://, " + EXAMPLE + ".");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("Leave out the user name and password: every mail would show them.");
        }
        if (uri.getPort() == 0 || uri.getPort() > 65535) {
            return Optional.of("A port is a number from 1 to 65535, e.g. https://seatkeeper.example.com:8443.");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return Optional.of("Leave out the part from the ? or #: enter only where Seatkeeper is reached, " + EXAMPLE
                    + " (each mail adds its page to it).");
        }
        return Optional.empty();
    }

    /** The address as stored, for a value {@link #refusal} accepts: scheme in lower case, no trailing slash; null if empty. */
    static String normalized(String typed) {
        if (typed.isEmpty()) {
            return null;
        }
        int colon = Math.max(0, typed.indexOf(':'));
        String address = typed.substring(0, colon).toLowerCase(Locale.ROOT) + typed.substring(colon);
        // mails add paths that start with a slash: "https://host/" would give "https://host//reports/morning"
        while (address.endsWith("/")) {
            address = address.substring(0, address.length() - 1);
        }
        return address;
    }

    private static String whole() {
        return "Enter the whole address, starting with https:// or http://, as the browser shows it: " + EXAMPLE + ".";
    }
}
