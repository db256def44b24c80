package org.seatkeeper.app.launch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * The class-data-sharing archive {@code seatkeeper.jsa} that the build dumps next to {@code seatkeeper.jar}, and its
 * stamp {@code seatkeeper.jsa.properties}: which jar (path, size, time) and which Java it was made for. The JVM
 * refuses an archive made for another jar or Java anyway; the stamp lets the launcher know that before starting one.
 */
public final class SharedArchive {

    /** Set on the JVM the launcher starts, so that one does not start another. */
    public static final String RELAUNCHED_PROPERTY = "seatkeeper.relaunched";
    /** The hidden command that records the archive ({@link PrepareFastStartCommand}). */
    public static final String PREPARE_COMMAND = "prepare-fast-start";
    /** {@code SEATKEEPER_CDS=off} runs in the launching JVM, without the archive. */
    public static final String SWITCH_ENVIRONMENT_VARIABLE = "SEATKEEPER_CDS";

    // the JVM warns about each class it cannot archive (picocli's are Java 5 classes); none of that is actionable
    private static final String QUIET = "-Xlog:cds*=off";

    private final Path jar;
    private final Path archive;
    private final Path stamp;

    private SharedArchive(Path jar) {
        this.jar = jar;
        String name = jar.getFileName().toString();
        String base = name.substring(0, name.length() - ".jar".length());
        this.archive = jar.resolveSibling(base + ".jsa");
        this.stamp = jar.resolveSibling(base + ".jsa.properties");
    }

    /** The archive beside the jar {@code type} was loaded from; empty when it was not loaded from a jar. */
    public static Optional<SharedArchive> beside(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return Optional.empty();
        }
        try {
            Path location = Path.of(source.getLocation().toURI());
            if (!Files.isRegularFile(location) || !location.getFileName().toString().endsWith(".jar")) {
                return Optional.empty();
            }
            return Optional.of(new SharedArchive(location.toRealPath()));
        } catch (URISyntaxException | IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public Path archive() {
        return archive;
    }

    /** True when this JVM records an archive as it exits ({@code -XX:ArchiveClassesAtExit}). */
    public static boolean recordingThisJvm() {
        return ProcessHandle.current().info().arguments().stream().flatMap(Arrays::stream)
                .anyMatch(argument -> argument.startsWith("-XX:ArchiveClassesAtExit"));
    }

    /**
     * Runs {@code prepare-fast-start} in a JVM that records this jar's archive as it exits. The jar is named by its
     * real absolute path, as the launcher names it: the JVM maps an archive only for the class path it was made with.
     */
    public int record() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // the exercised demo's own console (its log, a throwaway demo login) would only confuse a build's reader
        return new ProcessBuilder(java, "-XX:ArchiveClassesAtExit=" + archive, QUIET, "-D" + RELAUNCHED_PROPERTY + "=true",
                "-jar", jar.toString(), PREPARE_COMMAND)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT)
                .start().waitFor();
    }

    /**
     * The command that starts this jar with {@code args} in a JVM mapping the archive, with the JVM options this
     * process was given; empty when this process should run Seatkeeper itself.
     */
    public Optional<List<String>> command(String[] args) {
        if (Boolean.getBoolean(RELAUNCHED_PROPERTY) || "off".equalsIgnoreCase(System.getenv(SWITCH_ENVIRONMENT_VARIABLE))
                || List.of(args).contains(PREPARE_COMMAND) || !fitsThisJarAndJava()) {
            return Optional.empty();
        }
        ProcessHandle.Info self = ProcessHandle.current().info();
        Optional<String[]> arguments = self.arguments();
        if (self.command().isEmpty() || arguments.isEmpty()) {
            return Optional.empty();
        }
        List<String> options = new ArrayList<>();
        for (String argument : arguments.get()) {
            if (argument.equals("-jar")) {
                List<String> command = new ArrayList<>();
                command.add(self.command().get());
                // an archive the JVM still refuses costs only speed: no warning for it (the caller's -Xlog comes after)
                command.add(QUIET);
                command.addAll(options);
                command.add("-XX:SharedArchiveFile=" + archive);
                command.add("-D" + RELAUNCHED_PROPERTY + "=true");
                command.add("-jar");
                command.add(jar.toString());
                command.addAll(List.of(args));
                return Optional.of(command);
            }
            if (argument.startsWith("-Xshare") || argument.contains("SharedArchiveFile")
                    || argument.contains("ArchiveClassesAtExit")) {
                return Optional.empty(); // the caller chose its own class data sharing
            }
            options.add(argument);
        }
        return Optional.empty(); // not started with -jar
    }

    /** Deletes an earlier archive and writes the stamp for this jar and Java; the JVM dumps the archive as it exits. */
    public void prepareForDump() throws IOException {
        Files.deleteIfExists(archive);
        Properties properties = expected();
        try (OutputStream out = Files.newOutputStream(stamp)) {
            properties.store(out, "what " + archive.getFileName() + " was made for; see org.seatkeeper.app.launch");
        }
    }

    /** Removes the stamp, so the launcher never maps what the JVM dumps. */
    public void forget() throws IOException {
        Files.deleteIfExists(stamp);
    }

    /** True when the archive and its stamp are there and were made for this jar and this Java. */
    boolean fitsThisJarAndJava() {
        if (!Files.isRegularFile(archive) || !Files.isRegularFile(stamp)) {
            return false;
        }
        Properties recorded = new Properties();
        try (InputStream in = Files.newInputStream(stamp)) {
            recorded.load(in);
            return recorded.equals(expected()) && Files.size(archive) > 0;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private Properties expected() throws IOException {
        Properties properties = new Properties();
        properties.setProperty("jar", jar.toString());
        properties.setProperty("jar.size", String.valueOf(Files.size(jar)));
        properties.setProperty("jar.modified", String.valueOf(Files.getLastModifiedTime(jar).toMillis()));
        properties.setProperty("java.home", Objects.toString(System.getProperty("java.home"), ""));
        properties.setProperty("java.vm.version", Objects.toString(System.getProperty("java.vm.version"), ""));
        return properties;
    }
}
