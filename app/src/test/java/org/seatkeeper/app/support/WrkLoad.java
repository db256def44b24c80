package org.seatkeeper.app.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Page load from wrk (Debian package {@code wrk}), a separate C process, on loopback: {@code users} connections, each
 * requesting the paths in turn with no pause, for as long as {@code users * perUser} requests take at the measured
 * warm-up rate (at least 10 s). Used by {@link PageLoad} when wrk is on the PATH, because the in-JVM HTTP client uses
 * about as much CPU per request as the page it measures and shares the same two cores.
 */
final class WrkLoad {

    private static final Pattern RESULT = Pattern.compile(
            "RESULT requests=(\\d+) seconds=([\\d.]+) p50=(\\d+) p95=(\\d+) p99=(\\d+) max=(\\d+) errors=(\\d+)");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");

    private final RunningApp app;
    private final String sessionCookie;

    WrkLoad(RunningApp app, String sessionCookie) {
        this.app = app;
        this.sessionCookie = sessionCookie;
    }

    static boolean available() {
        try {
            Process probe = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
            probe.getInputStream().readAllBytes();
            return probe.waitFor(10, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    PageLoad.Result run(String what, List<String> paths, int users, int perUser) throws Exception {
        Path script = Files.createTempFile("seatkeeper-wrk", ".lua");
        try {
            Files.writeString(script, script(paths), StandardCharsets.UTF_8);
            PageLoad.Result warmUp = wrk(what, script, users, 5);
            int seconds = (int) Math.max(10, Math.ceil(users * perUser / Math.max(1, warmUp.perSecond())));
            return wrk(what, script, users, seconds);
        } finally {
            Files.deleteIfExists(script);
        }
    }

    private PageLoad.Result wrk(String what, Path script, int users, int seconds) throws Exception {
        Process wrk = new ProcessBuilder("wrk", "-t2", "-c" + users, "-d" + seconds + "s", "--timeout", "10s",
                "-s", script.toString(), app.url("/")).redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!wrk.waitFor(seconds + 30L, TimeUnit.SECONDS) || wrk.exitValue() != 0) {
            throw new IllegalStateException("wrk failed:\n" + output);
        }
        Matcher nonOk = NON_2XX.matcher(output);
        Matcher result = RESULT.matcher(output);
        if (nonOk.find() || !result.find() || !"0".equals(result.group(7))) {
            throw new IllegalStateException("wrk saw failed requests:\n" + output);
        }
        int requests = Integer.parseInt(result.group(1));
        return new PageLoad.Result(what + " (wrk)", users, requests, requests / Double.parseDouble(result.group(2)),
                micros(result.group(3)), micros(result.group(4)), micros(result.group(5)), micros(result.group(6)));
    }

    private static double micros(String value) {
        return Long.parseLong(value) / 1000.0;
    }

    /** Each connection walks the paths in turn; done() prints one line with the figures wrk's summary lacks (p95). */
    private String script(List<String> paths) {
        String quoted = paths.stream().map(p -> "\"" + p.replace("\"", "\\\"") + "\"").collect(Collectors.joining(", "));
        return """
                local paths = { %s }
                local counter = 0
                wrk.headers["Cookie"] = "%s"
                request = function()
                  counter = counter + 1
                  return wrk.format("GET", paths[(counter %% #paths) + 1])
                end
                done = function(summary, latency, requests)
                  local e = summary.errors
                  io.write(string.format("RESULT requests=%%d seconds=%%.3f p50=%%d p95=%%d p99=%%d max=%%d errors=%%d\\n",
                    summary.requests, summary.duration / 1e6, latency:percentile(50), latency:percentile(95),
                    latency:percentile(99), latency.max, e.connect + e.read + e.write + e.status + e.timeout))
                end
                """.formatted(quoted, sessionCookie);
    }
}
