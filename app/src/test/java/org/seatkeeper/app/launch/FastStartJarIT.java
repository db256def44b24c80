package org.seatkeeper.app.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar as a person starts it ({@code java -jar seatkeeper.jar serve --demo}): it maps the class-data-sharing
 * archive the build left beside it, serves the login page, and stopping it stops everything it started. Runs after
 * {@code package} (failsafe), on loopback.
 */
class FastStartJarIT {

    private static final Path JAR = Path.of("target", "seatkeeper.jar");
    private static final Pattern READY = Pattern.compile("is ready at (http://\\S+) ");

    @TempDir
    Path dataDirectory;

    @Test
    void shouldStartFromTheBuildsClassDataArchiveRefuseASecondStartAndStopCompletelyWhenStopped() throws Exception {
        assertTrue(Files.isRegularFile(JAR.resolveSibling("seatkeeper.jsa")), "the build leaves seatkeeper.jsa beside the jar");
        Started started = start(Map.of());

        assertEquals(200, statusOf(started.uri().resolve("/login")));
        assertTrue(started.output().stream().anyMatch(line ->
                        line.contains("org.seatkeeper.app.system.Application source: shared objects file")),
                "Seatkeeper's own classes come from the archive");
        List<ProcessHandle> relaunched = started.process().descendants().toList();
        assertFalse(relaunched.isEmpty(), "the launcher starts Seatkeeper in a JVM that maps the archive");
        Process second = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                JAR.toString(), "serve", "--port", "0", "--data-dir", dataDirectory.toString())
                .redirectErrorStream(true).start();
        String refusal = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(3, second.waitFor(), "a second start on the same data directory is refused");
        assertTrue(refusal.contains("Another Seatkeeper is already running with the data directory"), refusal);

        stop(started.process());
        assertTrue(relaunched.stream().noneMatch(ProcessHandle::isAlive), "stopping the launcher stops Seatkeeper");
    }

    @Test
    void shouldStopSeatkeeperWhenTheLauncherIsKilledOutright() throws Exception {
        Started started = start(Map.of());
        ProcessHandle seatkeeper = started.process().descendants().findFirst().orElseThrow();

        started.process().destroyForcibly();

        assertTimeoutPreemptively(Duration.ofMinutes(5), () -> seatkeeper.onExit().get());
        Started again = start(Map.of());
        assertEquals(200, statusOf(again.uri().resolve("/login")), "the data directory is free for the next start");
        stop(again.process());
    }

    @Test
    void shouldRunInTheLaunchingJvmWhenFastStartIsSwitchedOff() throws Exception {
        Started started = start(Map.of(SharedArchive.SWITCH_ENVIRONMENT_VARIABLE, "off"));

        assertEquals(200, statusOf(started.uri().resolve("/login")));
        assertEquals(0, started.process().descendants().count());
        assertTrue(started.output().stream().noneMatch(line -> line.contains("source: shared objects file (top)")),
                "no class comes from Seatkeeper's archive");
        stop(started.process());
    }

    @Test
    void shouldRunInOneJvmWithoutWarningsWhenTheArchiveWasMadeForTheJarElsewhere(@TempDir Path elsewhere) throws Exception {
        for (String file : List.of("seatkeeper.jar", "seatkeeper.jsa", "seatkeeper.jsa.properties")) {
            Files.copy(JAR.resolveSibling(file), elsewhere.resolve(file));
        }
        Started started = start(elsewhere.resolve("seatkeeper.jar"), Map.of());

        assertEquals(200, statusOf(started.uri().resolve("/login")));
        assertEquals(0, started.process().descendants().count());
        assertTrue(started.output().stream().noneMatch(line -> line.contains("[warning")), "nothing to worry a person");
        stop(started.process());
    }

    private record Started(Process process, URI uri, List<String> output) {
    }

    private Started start(Map<String, String> environment) throws Exception {
        return start(JAR, environment);
    }

    private Started start(Path jar, Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info", "-jar", jar.toString(), "serve", "--demo", "--host", "127.0.0.1", "--port", "0",
                "--data-dir", dataDirectory.toString()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        List<String> output = new CopyOnWriteArrayList<>();
        CompletableFuture<URI> ready = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    output.add(line);
                    Matcher matcher = READY.matcher(line);
                    if (matcher.find()) {
                        ready.complete(URI.create(matcher.group(1)));
                    }
                }
                ready.completeExceptionally(new IllegalStateException("Seatkeeper exited before it was ready"));
            } catch (Exception e) {
                ready.completeExceptionally(e);
            }
        }, "jar-output");
        reader.setDaemon(true);
        reader.start();
        URI uri = assertTimeoutPreemptively(Duration.ofMinutes(5), () -> ready.get());
        return new Started(process, uri, output);
    }

    private static int statusOf(URI page) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(page).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static void stop(Process process) throws Exception {
        process.destroy();
        assertTrue(process.waitFor(90, TimeUnit.SECONDS), "Seatkeeper stops within 90 s of TERM");
    }
}
