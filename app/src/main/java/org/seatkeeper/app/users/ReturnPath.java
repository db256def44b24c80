package org.seatkeeper.app.users;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * Where sign-in goes afterwards: the page the visitor was heading to, only when it is a path on this site.
 *
 * <p>Why parse and rebuild rather than look at the first characters: browsers drop tabs and line breaks inside a URL
 * and read a backslash as a slash, so {@code /<TAB>/evil.example} and {@code /\evil.example} are {@code //evil.example}
 * to them, another site; and {@code /.//evil.example} is a path Jetty or a proxy may normalise into the same. The
 * answer is built from the parsed path with its dot segments resolved and its empty segments dropped, so it can only
 * start with one slash; anything that does not parse as a plain ASCII path goes to the dashboard, never to a 500.
 */
final class ReturnPath {

    static final String DASHBOARD = "/";
    /** Pages that make no sense after signing in: back to the sign-in form, or a setup already done. */
    private static final Set<String> NOT_AFTER_SIGN_IN = Set.of("/login", "/logout", "/setup");
    private static final int MAX_LENGTH = 2000;

    private ReturnPath() {
    }

    static String of(String next) {
        if (next == null || next.isEmpty() || next.length() > MAX_LENGTH || !next.startsWith("/")) {
            return DASHBOARD;
        }
        for (int i = 0; i < next.length(); i++) {
            char c = next.charAt(i);
            // controls (tab, CR, LF...), spaces, non-ASCII and the backslash are never in a path we link to
            if (c <= 0x20 || c >= 0x7f || c == '\\') {
                return DASHBOARD;
            }
        }
        URI uri;
        try {
            uri = new URI(next);
        } catch (URISyntaxException e) {
            return DASHBOARD;
        }
        if (uri.getScheme() != null || uri.getRawAuthority() != null || uri.getRawPath() == null) {
            return DASHBOARD;
        }
        String path = normalised(uri.getRawPath());
        if (path == null || NOT_AFTER_SIGN_IN.contains(path)) {
            return DASHBOARD;
        }
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    /** Dot segments resolved, empty segments dropped; null when ".." climbs above the root. */
    private static String normalised(String rawPath) {
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : rawPath.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equalsIgnoreCase("%2e")) {
                continue;
            }
            if (segment.equals("..") || segment.equalsIgnoreCase("%2e%2e") || segment.equalsIgnoreCase(".%2e")
                    || segment.equalsIgnoreCase("%2e.")) {
                if (segments.pollLast() == null) {
                    return null;
                }
                continue;
            }
            segments.addLast(segment);
        }
        String joined = "/" + String.join("/", segments);
        return rawPath.endsWith("/") && !segments.isEmpty() ? joined + "/" : joined;
    }
}
