package org.seatkeeper.app.crash;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** One run of {@link CrashVictimMain} in a JVM of its own: commands in, answers out, and kill -9. */
final class Victim implements AutoCloseable {

    private final Process process;
    private final PrintWriter commands;
    private final BlockingQueue<String> answers = new LinkedBlockingQueue<>();
    private final URI uri;

    private Victim(Path dataDirectory, Path log) throws IOException, InterruptedException {
        process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", testClassPath(), CrashVictimMain.class.getName(),
                dataDirectory.toString())
                .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        commands = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
        // a reader of its own, so a chatty victim never blocks on a full pipe while the test does something else
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith("ok ") || line.startsWith("error ") || line.startsWith("ready ") || line.equals("stopped")) {
                        answers.add(line);
                    }
                }
            } catch (IOException e) {
                // the victim was killed
            }
            answers.add("ended");
        }, "victim-output");
        reader.setDaemon(true);
        reader.start();
        String ready = answer();
        if (!ready.startsWith("ready ")) {
            throw new AssertionError("The victim did not start: " + ready + " (see " + log + ")");
        }
        uri = URI.create(ready.substring("ready ".length()));
    }

    static Victim start(Path dataDirectory, Path log) throws IOException, InterruptedException {
        return new Victim(dataDirectory, log);
    }

    URI uri() {
        return uri;
    }

    /** Runs a command and returns its answer after "ok "; an error fails the test. */
    String run(String command) throws InterruptedException {
        send(command);
        String answer = answer();
        if (!answer.startsWith("ok ")) {
            throw new AssertionError(command + ": " + answer);
        }
        return answer.substring(3);
    }

    /** Starts a command without waiting for its answer (it is to be killed in the middle). */
    void send(String command) {
        commands.println(command);
    }

    /** kill -9: no shutdown hook, nothing flushed that was not already on disk. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(1, TimeUnit.MINUTES)) {
            throw new AssertionError("The victim did not die");
        }
    }

    /** A clean stop, as a person's Ctrl-C would: the database is shut down. */
    void stop() throws InterruptedException {
        send("stop");
        String answer = answer();
        if (!answer.equals("stopped")) {
            throw new AssertionError("The victim did not stop cleanly: " + answer);
        }
        process.waitFor(1, TimeUnit.MINUTES);
    }

    private String answer() throws InterruptedException {
        String answer = answers.poll(5, TimeUnit.MINUTES);
        if (answer == null) {
            throw new AssertionError("No answer from the victim within 5 minutes");
        }
        return answer;
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

    private static String testClassPath() {
        String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        if (path == null || path.isBlank()) {
            throw new UncheckedIOException(new IOException("No class path to start the victim with"));
        }
        return path;
    }
}
