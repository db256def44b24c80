package org.seatkeeper.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.seatkeeper.app.backup.BackupCommand;
import org.seatkeeper.app.backup.RestoreCommand;
import org.seatkeeper.app.context.DataDirectory;
import org.seatkeeper.app.context.StartOptions;
import org.seatkeeper.app.context.Version;
import org.seatkeeper.app.demo.EmulatorCommand;
import org.seatkeeper.app.launch.PrepareFastStartCommand;
import org.seatkeeper.app.system.Application;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** The command line: {@code serve} (the default), {@code backup}, {@code restore} and {@code emulator}. */
@Command(name = "seatkeeper", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Seatkeeper: license billing and reconciliation for Microsoft CSP resellers.",
        subcommands = {Main.Serve.class, BackupCommand.class, RestoreCommand.class, EmulatorCommand.class,
                PrepareFastStartCommand.class})
public final class Main implements Callable<Integer> {

    static {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    @CommandLine.Mixin
    private final ServeOptions serveOptions = new ServeOptions();

    public static void main(String[] args) {
        int exit = new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
        if (exit != 0) {
            System.exit(exit);
        }
    }

    /** No subcommand means {@code serve}. */
    @Override
    public Integer call() throws Exception {
        return serve(serveOptions);
    }

    static final class ServeOptions {
        @Option(names = "--port", description = "HTTP port (default 8080, or the config file's).")
        Integer port;
        @Option(names = "--host", description = "Address to listen on (default 127.0.0.1, or the config file's).")
        String host;
        @Option(names = "--data-dir", description = "Where the database, key and config live (default ./seatkeeper-data).",
                defaultValue = "seatkeeper-data")
        Path dataDir;
        @Option(names = "--trust-proxy", arity = "0..1", fallbackValue = "true",
                description = "Read the client's address and https from a TLS reverse proxy's Forwarded / X-Forwarded-* "
                        + "headers (default false, or the config file's trust-proxy). Only when every request comes through that proxy.")
        Boolean trustProxy;
        @Option(names = "--demo", description = "Start the provider emulator on loopback and demo providers pointing at it; print a demo login.")
        boolean demo;
    }

    @Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
            description = "Run Seatkeeper (web pages, jobs and the nightly schedule).")
    static final class Serve implements Callable<Integer> {
        @CommandLine.Mixin
        private final ServeOptions options = new ServeOptions();

        @Override
        public Integer call() throws Exception {
            return serve(options);
        }
    }

    private static int serve(ServeOptions options) throws Exception {
        long started = System.nanoTime();
        Application app;
        try {
            app = Application.start(StartOptions.of(options.dataDir, options.host, options.port, options.demo)
                    .withTrustProxy(options.trustProxy));
        } catch (DataDirectory.DataDirectoryInUseException e) {
            System.err.println(e.getMessage());
            return 3;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            stopped.countDown();
        }, "shutdown"));
        System.out.printf("Seatkeeper %s is ready at %s (data in %s, started in %d ms)%n", Version.current(), app.uri(),
                options.dataDir.toAbsolutePath().normalize(), (System.nanoTime() - started) / 1_000_000);
        stopped.await();
        return 0;
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Seatkeeper " + Version.current(), "Java " + System.getProperty("java.version")};
        }
    }
}
