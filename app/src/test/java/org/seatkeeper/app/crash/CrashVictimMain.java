package org.seatkeeper.app.crash;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import org.seatkeeper.app.context.StartOptions;
import org.seatkeeper.app.system.Application;

/**
 * A real Seatkeeper in a JVM of its own, for {@link CrashIT} to kill -9: it starts on the data directory in
 * {@code args[0]} (loopback, a free port, a fixed clock), prints {@code ready <uri>}, then runs one command per line
 * from stdin and answers {@code ok ...} (or {@code error ...}) when the command is done. The test coordinates with it
 * only through these lines and through the requests it holds on the way to the provider emulator: never by time.
 */
public final class CrashVictimMain {

    private CrashVictimMain() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Application app = Application.start(new StartOptions(Path.of(args[0]), "127.0.0.1", 0, false,
                Clock.fixed(VictimCommands.NOW, ZoneOffset.UTC), 4, null));
        out.println("ready " + app.uri());
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.trim().equals("stop")) {
                break;
            }
            try {
                out.println("ok " + VictimCommands.run(app, line));
            } catch (RuntimeException e) {
                out.println("error " + e);
            }
        }
        app.close();
        out.println("stopped");
    }
}
