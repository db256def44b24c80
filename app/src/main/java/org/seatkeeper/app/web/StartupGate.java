package org.seatkeeper.app.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Lets the web server answer the sign-in pages while the feature areas are still being wired (about half a second of
 * class loading on two cores): until {@link #open()}, any other page answers 503 with a page that reloads itself.
 * Also tells start-up work nobody needs on the first page (the demo's emulator and first syncs) when the first
 * request has been answered, so it does not compete with that page for the cores.
 */
final class StartupGate implements Filter {

    private static final Set<String> SERVED_WHILE_STARTING = Set.of("/login", "/setup", "/health", "/favicon.ico");
    private static final String STARTING_PAGE = """
            <!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="1">
            <title>Seatkeeper is starting</title></head><body><p>Seatkeeper is starting; this page reloads itself.</p>
            </body></html>""";

    private final CompletableFuture<Void> answered = new CompletableFuture<>();
    private volatile boolean open;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            if (open || servedWhileStarting(((HttpServletRequest) request).getRequestURI())) {
                chain.doFilter(request, response);
            } else {
                HttpServletResponse http = (HttpServletResponse) response;
                http.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                http.setHeader("Retry-After", "1");
                http.setContentType("text/html;charset=utf-8");
                http.getOutputStream().write(STARTING_PAGE.getBytes(StandardCharsets.UTF_8));
            }
        } finally {
            if (!answered.isDone()) {
                answered.complete(null);
            }
        }
    }

    private static boolean servedWhileStarting(String path) {
        return SERVED_WHILE_STARTING.contains(path) || path.startsWith("/static/") || path.startsWith("/webjars/");
    }

    /** Every feature is wired: every page is served. */
    void open() {
        open = true;
    }

    CompletableFuture<Void> firstResponse() {
        return answered;
    }
}
