package org.seatkeeper.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/** What Seatkeeper keeps in the HTTP session: the signed-in user, the CSRF token and pending flash messages. */
public final class WebSession {

    private static final String USER = "seatkeeper.user";
    private static final String CSRF = "seatkeeper.csrf";
    private static final String FLASHES = "seatkeeper.flashes";
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebSession() {
    }

    public static Optional<SessionUser> user(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty() : Optional.ofNullable((SessionUser) session.getAttribute(USER));
    }

    /** Signs in with a fresh session id, so a session id known before sign-in is worthless afterwards. */
    public static void signIn(HttpServletRequest request, SessionUser user) {
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        HttpSession session = request.getSession(true);
        session.setAttribute(USER, user);
        session.setAttribute(CSRF, newToken());
    }

    public static void signOut(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    public static String csrfToken(HttpServletRequest request) {
        HttpSession session = request.getSession(true);
        String token = (String) session.getAttribute(CSRF);
        if (token == null) {
            token = newToken();
            session.setAttribute(CSRF, token);
        }
        return token;
    }

    /** The token of an existing session, without creating one: a POST with no session has no valid token. */
    public static Optional<String> existingCsrfToken(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty() : Optional.ofNullable((String) session.getAttribute(CSRF));
    }

    public static void flash(HttpServletRequest request, Flash flash) {
        HttpSession session = request.getSession(true);
        @SuppressWarnings("unchecked")
        List<Flash> flashes = (List<Flash>) session.getAttribute(FLASHES);
        List<Flash> updated = flashes == null ? new ArrayList<>() : new ArrayList<>(flashes);
        updated.add(flash);
        session.setAttribute(FLASHES, updated);
    }

    public static List<Flash> takeFlashes(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Flash> flashes = (List<Flash>) session.getAttribute(FLASHES);
        session.removeAttribute(FLASHES);
        return flashes == null ? List.of() : flashes;
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
