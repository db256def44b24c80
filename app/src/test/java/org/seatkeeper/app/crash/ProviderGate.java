package org.seatkeeper.app.crash;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A loopback gate between the victim and the provider emulator: it passes every request on, except the one it is
 * armed for, which it holds (never answered) and reports, so the test kills the victim at exactly that point.
 */
final class ProviderGate implements AutoCloseable {

    private static final Set<String> NOT_COPIED = Set.of("host", "content-length", "connection", "transfer-encoding",
            "upgrade", "expect", "http2-settings");

    private final URI emulator;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final CountDownLatch released = new CountDownLatch(1);
    private Predicate<String> holdWhen = path -> false;
    private CountDownLatch held = new CountDownLatch(1);

    ProviderGate(URI emulator) throws IOException {
        this.emulator = emulator;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(threads);
        server.createContext("/", this::pass);
        server.start();
    }

    /** The gate's address standing for the emulator's {@code uri}. */
    String through(URI uri) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + uri.getRawPath();
    }

    /** Holds the {@code n}-th request whose path contains {@code part}, counting from now. */
    synchronized void holdNth(String part, int n) {
        int[] seen = {0};
        arm(path -> path.contains(part) && ++seen[0] == n);
    }

    /** Holds the first API request after the next token call: the victim has stored the rotated token by then. */
    synchronized void holdFirstCallAfterToken(String tokenPath, String apiPart) {
        boolean[] tokenSeen = {false};
        arm(path -> {
            if (path.contains(tokenPath)) {
                tokenSeen[0] = true;
                return false;
            }
            return tokenSeen[0] && path.contains(apiPart);
        });
    }

    /** Waits until the armed request has arrived and is held (bounded, so a broken victim fails the test). */
    void awaitHeld() throws InterruptedException {
        CountDownLatch current;
        synchronized (this) {
            current = held;
        }
        if (!current.await(3, TimeUnit.MINUTES)) {
            throw new AssertionError("The victim never made the request the gate was armed for.");
        }
    }

    private synchronized void arm(Predicate<String> when) {
        holdWhen = when;
        held = new CountDownLatch(1);
    }

    private void pass(HttpExchange exchange) throws IOException {
        String pathAndQuery = exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
        boolean hold;
        CountDownLatch reportHeld;
        synchronized (this) {
            hold = holdWhen.test(pathAndQuery);
            reportHeld = held;
            if (hold) {
                holdWhen = path -> false;
            }
        }
        if (hold) {
            reportHeld.countDown();
            try {
                released.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
            return;
        }
        try (InputStream body = exchange.getRequestBody()) {
            HttpRequest.Builder request = HttpRequest.newBuilder(emulator.resolve(pathAndQuery))
                    .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body.readAllBytes()));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!NOT_COPIED.contains(name.toLowerCase())) {
                    values.forEach(value -> request.header(name, value));
                }
            });
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            response.headers().map().forEach((name, values) -> {
                if (!NOT_COPIED.contains(name.toLowerCase()) && !name.startsWith(":")) {
                    exchange.getResponseHeaders().put(name, values);
                }
            });
            byte[] answer = response.body();
            exchange.sendResponseHeaders(response.statusCode(), answer.length == 0 ? -1 : answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.close();
        }
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
