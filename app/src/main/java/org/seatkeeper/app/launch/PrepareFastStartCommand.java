package org.seatkeeper.app.launch;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.seatkeeper.app.context.StartOptions;
import org.seatkeeper.app.system.Application;
import org.springframework.util.FileSystemUtils;
import picocli.CommandLine.Command;

/**
 * Run by the build ({@code java -jar seatkeeper.jar prepare-fast-start}): starts itself again under
 * {@code -XX:ArchiveClassesAtExit=seatkeeper.jsa}, and that JVM starts Seatkeeper in demo mode on a temporary data
 * directory and a free loopback port, asks for the login page, lets the demo emulator and providers start, and
 * stops. The JVM then dumps every class it loaded into the archive the jar's Launcher maps on later starts.
 */
@Command(name = SharedArchive.PREPARE_COMMAND, hidden = true,
        description = "Build step: exercise a demo start so the JVM can record a class-data-sharing archive.")
public final class PrepareFastStartCommand implements Callable<Integer> {

    @Override
    public Integer call() throws Exception {
        SharedArchive archive = SharedArchive.beside(PrepareFastStartCommand.class).orElseThrow(() ->
                new IllegalStateException("prepare-fast-start runs from seatkeeper.jar"));
        if (!SharedArchive.recordingThisJvm()) {
            System.out.println("Recording class data for a fast start: a demo start on a temporary directory...");
            int exit = archive.record();
            if (exit == 0 && archive.fitsThisJarAndJava()) {
                System.out.println("Class data for a fast start written to " + archive.archive());
            }
            return exit;
        }
        archive.prepareForDump();
        try {
            exerciseADemoStart();
        } catch (Exception e) {
            // a build must not fail for want of a faster start: without its stamp the archive is never used
            archive.forget();
            System.err.println("Fast start not prepared (Seatkeeper will start in one JVM): " + e);
            return 0;
        }
        return 0;
    }

    private static void exerciseADemoStart() throws Exception {
        Path dataDirectory = Files.createTempDirectory("seatkeeper-fast-start");
        try (Application app = Application.start(StartOptions.of(dataDirectory, "127.0.0.1", 0, true))) {
            HttpResponse<Void> login = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(app.uri().resolve("/login")).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.discarding());
            if (login.statusCode() != 200) {
                throw new IllegalStateException("The login page answered " + login.statusCode());
            }
            app.awaitDemo(Duration.ofMinutes(2));
        } finally {
            FileSystemUtils.deleteRecursively(dataDirectory);
        }
    }
}
