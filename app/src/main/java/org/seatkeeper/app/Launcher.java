package org.seatkeeper.app;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.seatkeeper.app.launch.SharedArchive;

/**
 * The jar's Main-Class. When the build left a class-data-sharing archive next to the jar that fits this jar and this
 * Java, it starts Seatkeeper in a second JVM that maps the archive and waits for it: on two cores that JVM answers
 * its first page about a second sooner, because loading and verifying some 7,000 classes from the jar is most of a
 * cold start.
 * Otherwise (no archive, another Java, {@code SEATKEEPER_CDS=off}, or the caller chose its own sharing flags) it runs
 * {@link Main} in this JVM. Loads nothing but the JDK before deciding.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        Optional<List<String>> relaunch = SharedArchive.beside(Launcher.class).flatMap(archive -> archive.command(args));
        if (relaunch.isEmpty()) {
            if (Boolean.getBoolean(SharedArchive.RELAUNCHED_PROPERTY)) {
                stopWithTheLauncher();
            }
            Main.main(args);
            return;
        }
        Process seatkeeper;
        try {
            seatkeeper = new ProcessBuilder(relaunch.get()).inheritIO().start();
        } catch (IOException e) {
            Main.main(args);
            return;
        }
        // a TERM sent to this process (a service manager, kill) stops Seatkeeper cleanly and waits for it
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(seatkeeper), "stop-seatkeeper"));
        System.exit(seatkeeper.waitFor());
    }

    /**
     * In the JVM a launcher started: a launcher killed outright ({@code kill -9}) cannot pass a TERM on, so Seatkeeper
     * then stops by itself, as cleanly as on a TERM (its shutdown closes the database).
     */
    private static void stopWithTheLauncher() {
        ProcessHandle.current().parent().ifPresent(launcher -> launcher.onExit().thenRun(() -> System.exit(143)));
    }

    /** Passes the TERM on and waits as long as Seatkeeper takes to stop cleanly (it shuts its database down). */
    private static void stop(Process seatkeeper) {
        seatkeeper.destroy();
        try {
            seatkeeper.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
