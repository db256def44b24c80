package org.seatkeeper.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Every page is behind login (only /health, sign-in, first-run setup and static files are not);
 * every POST must carry the session's CSRF token; a viewer cannot POST anything but sign-out.
 */
public final class SecurityFilter extends HttpFilter {

    private final PageSupport pages;
    private final BooleanSupplier setupDone;

    public SecurityFilter(PageSupport pages, BooleanSupplier setupDone) {
        this.pages = pages;
        this.setupDone = setupDone;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        addSecurityHeaders(response);
        String path = request.getRequestURI();
        if (isStatic(path) || path.equals("/health")) {
            chain.doFilter(request, response);
            return;
        }
        if ("POST".equals(request.getMethod()) && !hasValidCsrfToken(request)) {
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
        if (user.isEmpty()) {
            String next = request.getQueryString() == null ? path : path + "?" + request.getQueryString();
            response.sendRedirect("/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
            return;
        }
        if ("POST".equals(request.getMethod()) && !user.get().canWrite() && !path.equals("/logout")) {
            refuse(request, response, 403, "Your role (viewer) can read but not change anything. Ask an administrator.");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isStatic(String path) {
        return path.startsWith("/static/") || path.startsWith("/webjars/") || path.equals("/favicon.ico");
    }

    private static boolean hasValidCsrfToken(HttpServletRequest request) {
        Optional<String> expected = WebSession.existingCsrfToken(request);
        String given = request.getParameter("_csrf");
        return expected.isPresent() && given != null
                && MessageDigest.isEqual(expected.get().getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, int status, String message)
            throws IOException {
        pages.render(request, response, status, "errors/error.ftlh", Map.of("page", ErrorPage.of(status, message)));
    }

    private static void addSecurityHeaders(HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        // scripts and styles only from our own jar: no inline script, no CDN
        response.setHeader("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'");
    }
}
