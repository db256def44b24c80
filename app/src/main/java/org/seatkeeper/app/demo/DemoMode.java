package org.seatkeeper.app.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.CompletableFuture;
import org.seatkeeper.app.context.AppContext;
import org.seatkeeper.app.jobs.JobsEngine;
import org.seatkeeper.app.reports.MorningReports;
import org.seatkeeper.app.users.UserService;
import org.seatkeeper.batch.psa.PsaKeys;
import org.seatkeeper.db.providers.ProviderRepository;
import org.seatkeeper.db.psa.PsaConnectionRepository;
import org.seatkeeper.db.secrets.SecretBox;
import org.seatkeeper.db.settings.SettingsRepository;
import org.seatkeeper.db.users.Role;
import org.seatkeeper.emulator.EmulatorSettings;
import org.seatkeeper.emulator.ProviderEmulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code serve --demo}: the provider emulator on loopback, demo providers pointing at it, and an administrator
 * whose login is printed once on the console, so a newcomer goes straight in without any provider account.
 */
public final class DemoMode implements AutoCloseable {

    public static final String DEMO_USER = "demo";
    private static final Logger LOG = LoggerFactory.getLogger(DemoMode.class);
    private static final String WORLD_FILE = "emulator-world.bin";

    private final ProviderEmulator emulator;
    private final CompletableFuture<Void> billing;
    private final Path worldFile;
    private final DemoMail mail;
    private final Clock clock;
    private final Thread book;
    private final AtomicBoolean stopping;

    private DemoMode(ProviderEmulator emulator, CompletableFuture<Void> billing, Path worldFile, DemoMail mail, Clock clock,
                     Thread book, AtomicBoolean stopping) {
        this.clock = clock;
        this.book = book;
        this.stopping = stopping;
        this.emulator = emulator;
        this.billing = billing;
        this.worldFile = worldFile;
        this.mail = mail;
    }

    /** Completes once the demo book is written: customers billed in the PSA, reconciled, the morning report mailed (or that failed). */
    public CompletableFuture<Void> billingSetUp() {
        return billing;
    }

    /**
     * Creates the demo administrator on a new data directory and prints its login, the same on every start with that
     * directory. Done before the web server answers, so the first page a newcomer sees is the login page, not the
     * first-run setup.
     */
    public static void createAdministrator(UserService users, Path demoDirectory, SecretBox secrets) {
        DemoLogin login = new DemoLogin(demoDirectory, secrets);
        Optional<String> kept = login.kept();
        String password;
        if (kept.isPresent() && users.exists(DEMO_USER)) {
            password = kept.get();
        } else {
            password = login.generate();
            users.ensureUser(DEMO_USER, "Demo Administrator", Role.ADMIN, password);
        }
        System.out.println("demo login: " + DEMO_USER + " / " + password
                + " (kept in " + demoDirectory + ": the same on every start with this data directory)");
    }

    /**
     * Starts the emulator, points the demo providers at it and starts their first account sync in the background.
     * Called once the login page is served: nobody can reach a provider page before they have typed the login.
     */
    public static DemoMode start(AppContext app, JobsEngine jobs, MorningReports reports, Path demoDirectory, DemoMail mail) {
        // the emulated providers live on the app's today, in the world saved by the last run on this data directory
        Path worldFile = demoDirectory.resolve(WORLD_FILE);
        ProviderEmulator emulator = ProviderEmulator.startSaved(EmulatorSettings.defaults().withTenants(40)
                .withFirstDay(LocalDate.now(app.clock())), Clock.systemUTC(), worldFile, LOG::warn);
        int smtpPort = mail.start();
        new DemoSettings(new SettingsRepository(app.database().dsl()), app.audit(), app.database().transactions())
                .pointAt(smtpPort, app.web().uri());
        new DemoProviders(new ProviderRepository(app.database().dsl()), jobs.credentials(), app.audit(),
                app.database().transactions(), app.clock()).pointAt(emulator);
        new DemoPsa(new PsaConnectionRepository(app.database().dsl()), new PsaKeys(app.secrets()), app.audit(),
                app.database().transactions(), app.clock()).pointAt(emulator);
        List<Long> syncs = jobs.syncs().startAllScheduled();
        // a few customers linked to their tenant, ConnectWise company and billing profiles, once the syncs are done
        CompletableFuture<Void> billing = new CompletableFuture<>();
        AtomicBoolean stopping = new AtomicBoolean();
        Thread thread = new Thread(() -> {
            new DemoBilling(app, jobs).setUpAfter(syncs);
            if (!stopping.get()) {
                new DemoBook(app, jobs, reports, emulator, demoDirectory).write(stopping::get);
            }
            billing.complete(null);
        }, "demo-billing");
        thread.setDaemon(true);
        thread.start();
        System.out.println("demo provider emulator: " + emulator.baseUri().resolve("/_emulator"));
        System.out.println("demo mail: every mail Seatkeeper sends goes to a local SMTP server on port " + smtpPort
                + "; read it at " + app.web().uri().resolve("/demo/mail"));
        System.out.println(DemoBook.written(demoDirectory) ? "demo book: kept from the last run on this data directory"
                : "demo book: the first syncs, customers, onboardings, reconciliation and morning report are written in "
                + "the background within a minute (the Jobs page shows the syncs' progress)");
        DemoMode demo = new DemoMode(emulator, billing, worldFile, mail, app.clock(), thread, stopping);
        try {
            // kept every minute too, so even a killed demo loses at most a minute of the emulated providers' changes
            app.scheduler().scheduleWithFixedDelay(demo::keepWorld, java.time.Instant.now().plusSeconds(60), Duration.ofMinutes(1));
        } catch (RuntimeException shuttingDown) {
            // Seatkeeper is stopping while the demo starts: close() keeps the world once
        }
        return demo;
    }

    /** Saves the emulator's world, after moving its day on to the app's today when midnight has passed. */
    void keepWorld() {
        try {
            while (emulator.control().today().isBefore(LocalDate.now(clock))) {
                emulator.control().advanceDay();
            }
            emulator.save(worldFile);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Demo: the emulator's world could not be saved in {}: {}", worldFile, e.getMessage());
        }
    }

    public ProviderEmulator emulator() {
        return emulator;
    }

    /**
     * Lets the demo book end its step (it still needs the database, closed after this), keeps the emulator's world for
     * the next start, then stops the emulator and the mail server.
     */
    @Override
    public void close() {
        stopping.set(true);
        try {
            book.join(Duration.ofSeconds(30).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        keepWorld();
        emulator.close();
        mail.close();
    }
}
