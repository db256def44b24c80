package org.seatkeeper.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * Every page is behind login (only /health, sign-in, first-run setup and static files are not);
 * every POST must carry the session's CSRF token, in its body or the {@value #CSRF_HEADER} header, never in its
 * address; a viewer cannot POST anything but sign-out and their own password. TRACE and TRACK are refused (they echo a request's cookies
 * back), and a page served over HTTPS tells the browser to keep to HTTPS (HSTS).
 */
public final class SecurityFilter extends HttpFilter {

    /** What a file upload (the CSV import) may send: a 5 MB file and a few small fields. */
    private static final MultipartConfigElement UPLOAD_LIMITS = new MultipartConfigElement(null, 5 * 1024 * 1024,
            5 * 1024 * 1024 + 65536, 65536);
    // the request attribute Jetty reads a multipart body's limits from
    private static final String MULTIPART_CONFIG = "org.eclipse.jetty.multipartConfig";

    /** Where a script sends the token instead of a form field. */
    public static final String CSRF_HEADER = "X-CSRF-Token";
    private static final String CSRF_FIELD = "_csrf";
    /** A year: the browser keeps to HTTPS for this site, not for other names on the same domain. */
    private static final String HSTS = "max-age=31536000";

    /** What a viewer may post: signing out and changing their own password. */
    private static final Set<String> VIEWER_POSTS = Set.of("/logout", "/account/password");

    private final PageSupport pages;
    private final BooleanSupplier setupDone;
    private final Predicate<SessionUser> sessionStillValid;

    public SecurityFilter(PageSupport pages, BooleanSupplier setupDone, Predicate<SessionUser> sessionStillValid) {
        this.pages = pages;
        this.setupDone = setupDone;
        this.sessionStillValid = sessionStillValid;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        addSecurityHeaders(request, response);
        if (isTrace(request.getMethod())) {
            response.setHeader("Allow", "GET, HEAD, POST");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        String path = request.getRequestURI();
        if (isStatic(path) || path.equals("/health")) {
            chain.doFilter(request, response);
            return;
        }
        boolean validToken;
        try {
            validToken = !"POST".equals(request.getMethod()) || hasValidCsrfToken(request);
        } catch (IllegalStateException | ServletException | IOException e) {
            // Jetty refuses a multipart body over the limits, or one it cannot read, while looking for the token
            refuse(request, response, 413, "The upload is too large or could not be read: upload a file of at most "
                    + UPLOAD_LIMITS.getMaxFileSize() / (1024 * 1024) + " MB.");
            return;
        }
        if (!validToken) {
            refuse(request, response, 403, "This form has expired or did not come from Seatkeeper. Go back, reload the page and try again.");
            return;
        }
        if (!setupDone.getAsBoolean()) {
            if (path.equals("/setup")) {
                chain.doFilter(request, response);
            } else {
                response.sendRedirect("/setup");
            }
            return;
        }
        if (path.equals("/login") || path.equals("/setup")) {
            chain.doFilter(request, response);
            return;
        }
        Optional<SessionUser> user = WebSession.user(request);
        if (user.isPresent() && !sessionStillValid.test(user.get())) {
            // an administrator disabled this user or changed their role: sign in again, with what is true now
            WebSession.signOut(request);
            user = Optional.empty();
        }
        if (user.isEmpty()) {
            String next = request.getQueryString() == null ? path : path + "?" + request.getQueryString();
            response.sendRedirect("/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
            return;
        }
        if ("POST".equals(request.getMethod()) && !user.get().canWrite() && !VIEWER_POSTS.contains(path)) {
            refuse(request, response, 403, "Your role (viewer) can read but not change anything. Ask an administrator.");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isStatic(String path) {
        return path.startsWith("/static/") || path.startsWith("/webjars/") || path.equals("/favicon.ico");
    }

    private static boolean isTrace(String method) {
        return "TRACE".equalsIgnoreCase(method) || "TRACK".equalsIgnoreCase(method);
    }

    private static boolean hasValidCsrfToken(HttpServletRequest request) throws IOException, ServletException {
        Optional<String> expected = WebSession.existingCsrfToken(request);
        if (expected.isEmpty() || namesTokenInQuery(request.getQueryString())) {
            // a token in the address ends up in logs, history and Referer headers: our forms never put it there
            return false;
        }
        String header = request.getHeader(CSRF_HEADER);
        String given = header != null ? header
                : isMultipart(request) ? multipartToken(request) : request.getParameter(CSRF_FIELD);
        return given != null
                && MessageDigest.isEqual(expected.get().getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether the query string has a {@code _csrf} parameter (so getParameter could read the token from it). */
    private static boolean namesTokenInQuery(String query) {
        if (query == null) {
            return false;
        }
        for (String pair : query.split("&")) {
            String name = pair.split("=", 2)[0];
            try {
                if (URLDecoder.decode(name, StandardCharsets.UTF_8).equals(CSRF_FIELD)) {
                    return true;
                }
            } catch (IllegalArgumentException e) {
                // a broken escape: Jetty will not read it as the token's name either
            }
        }
        return false;
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    /**
     * An upload form carries the token as a field, never in its URL (where logs and history keep it). Jetty reads a
     * multipart body only for a request that names its limits, and servlets are registered as instances without a
     * multipart config: so the upload limits are set here, once, and the servlet reads the same parsed parts.
     */
    private static String multipartToken(HttpServletRequest request) throws IOException, ServletException {
        if (request.getAttribute(MULTIPART_CONFIG) == null) {
            request.setAttribute(MULTIPART_CONFIG, UPLOAD_LIMITS);
        }
        Part token = request.getPart(CSRF_FIELD);
        return token == null ? null : new String(token.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, int status, String message)
            throws IOException {
        pages.render(request, response, status, "errors/error.ftlh", Map.of("page", ErrorPage.of(status, message)));
    }

    private static void addSecurityHeaders(HttpServletRequest request, HttpServletResponse response) {
        if (request.isSecure()) {
            // served over HTTPS (directly, or by a trusted proxy: see WebServer): never over plain HTTP again
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        // scripts and styles only from our own jar: no inline script, no CDN
        response.setHeader("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'");
    }
}
