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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

/**
 * Time from launching {@code java -jar seatkeeper.jar serve --demo} on a fresh data directory until {@code /login}
 * answers 200 (issue 2's start-up target), measured from a separate process on loopback (not a unit test). The probe
 * polls every 2 ms with a plain socket GET (a shell loop that forks curl each time, or Java's HttpClient, takes CPU
 * away from the start it measures). Arguments: the jar, or several comma-separated that take turns (before and after
 * a change, alike under the machine's drift) (app/target/seatkeeper.jar), runs (7), port (18080). A jar may be followed
 * by JVM options after a space, e.g. {@code "app/target/seatkeeper.jar -XX:SharedArchiveFile=sk.jsa"}. Rerun: see
 * docs/benchmarks.md.
 */
public final class StartupBenchmark {

    public static void main(String[] args) throws Exception {
        List<String> jars = Stream.of((args.length > 0 ? args[0] : "app/target/seatkeeper.jar").split(","))
                .map(String::strip).toList();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        int port = args.length > 2 ? Integer.parseInt(args[2]) : 18080;
        // several jars (comma-separated) take turns, so a machine that slows down during the runs slows all alike
        Map<String, List<Double>> seconds = new LinkedHashMap<>();
        jars.forEach(jar -> seconds.put(jar, new ArrayList<>()));
        for (int run = 0; run < runs; run++) {
            for (String jar : jars) {
                double took = startOnce(jar, port);
                seconds.get(jar).add(took);
                System.out.printf("run %d, %s: login page after %.2f s%n", run + 1, jar, took);
            }
        }
        seconds.forEach((jar, times) -> {
            Collections.sort(times);
            System.out.printf("%s, %d runs: median %.2f s, fastest %.2f s, slowest %.2f s%n", jar, runs,
                    times.get(times.size() / 2), times.get(0), times.get(times.size() - 1));
        });
    }

    private static double startOnce(String jarAndOptions, int port) throws Exception {
        Path dataDirectory = Files.createTempDirectory("seatkeeper-start");
        List<String> words = List.of(jarAndOptions.split("\\s+"));
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(words.subList(1, words.size()));
        command.addAll(List.of("-jar", words.get(0), "serve", "--demo", "--port", String.valueOf(port), "--data-dir",
                dataDirectory.toString()));
        long started = System.nanoTime();
        Process app = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            return untilLoginAnswers(port, app, started);
        } finally {
            app.destroy();
            app.waitFor(30, TimeUnit.SECONDS);
            deleteQuietly(dataDirectory);
        }
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
