package org.seatkeeper.app.system;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;

/**
 * Completes once the web server has answered its first request. Start-up work nobody needs on the first page (the
 * demo's emulator and first syncs) waits for it, so it does not compete with that page for the two cores.
 */
final class FirstResponse implements Filter {

    private final CompletableFuture<Void> answered = new CompletableFuture<>();

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } finally {
            if (!answered.isDone()) {
                answered.complete(null);
            }
        }
    }

    CompletableFuture<Void> answered() {
        return answered;
    }
}
