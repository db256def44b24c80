package org.seatkeeper.app.system.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

/**
 * Time from launching {@code java -jar seatkeeper.jar serve --demo} on a fresh data directory until {@code /login}
 * answers 200 (issue 2's start-up target), measured from a separate process on loopback (not a unit test). The probe
 * polls every 2 ms with a plain socket GET (a shell loop that forks curl each time, or Java's HttpClient, takes CPU
 * away from the start it measures). Arguments: the jar (app/target/seatkeeper.jar), runs (7), port (18080). Rerun: see
 * docs/benchmarks.md.
 */
public final class StartupBenchmark {

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "app/target/seatkeeper.jar");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        int port = args.length > 2 ? Integer.parseInt(args[2]) : 18080;
        List<Double> seconds = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            Path dataDirectory = Files.createTempDirectory("seatkeeper-start");
            long started = System.nanoTime();
            Process app = new ProcessBuilder("java", "-jar", jar.toString(), "serve", "--demo", "--port",
                    String.valueOf(port), "--data-dir", dataDirectory.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            try {
                double took = untilLoginAnswers(port, app, started);
                seconds.add(took);
                System.out.printf("run %d: login page after %.2f s%n", run + 1, took);
            } finally {
                app.destroy();
                app.waitFor(30, TimeUnit.SECONDS);
                deleteQuietly(dataDirectory);
            }
        }
        Collections.sort(seconds);
        System.out.printf("%d runs: median %.2f s, fastest %.2f s, slowest %.2f s%n", runs,
                seconds.get(seconds.size() / 2), seconds.get(0), seconds.get(seconds.size() - 1));
    }

    private static double untilLoginAnswers(int port, Process app, long started) throws Exception {
        while (System.nanoTime() - started < TimeUnit.SECONDS.toNanos(60)) {
            if (!app.isAlive()) {
                throw new IllegalStateException("Seatkeeper exited with " + app.exitValue());
            }
            try {
                if (loginAnswers(port)) {
                    return (System.nanoTime() - started) / 1e9;
                }
            } catch (ConnectException notListeningYet) {
                // the port is not open yet
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2));
        }
        throw new IllegalStateException("The login page did not answer within 60 s");
    }

    /** One plain HTTP/1.1 GET over a socket: the lightest probe, so the start it measures keeps both cores. */
    private static boolean loginAnswers(int port) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET /login HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            socket.getInputStream().transferTo(OutputStream.nullOutputStream());
            return statusLine != null && statusLine.startsWith("HTTP/1.1 200");
        }
    }

    private static void deleteQuietly(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
