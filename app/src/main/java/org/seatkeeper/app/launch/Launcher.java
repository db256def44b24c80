package org.seatkeeper.app.launch;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.seatkeeper.app.Main;

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
