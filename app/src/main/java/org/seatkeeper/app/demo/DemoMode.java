package org.seatkeeper.app.demo;

import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.seatkeeper.app.context.AppContext;
import org.seatkeeper.app.jobs.JobsEngine;
import org.seatkeeper.app.users.UserService;
import org.seatkeeper.batch.psa.PsaKeys;
import org.seatkeeper.db.providers.ProviderRepository;
import org.seatkeeper.db.psa.PsaConnectionRepository;
import org.seatkeeper.db.users.Role;
import org.seatkeeper.emulator.EmulatorSettings;
import org.seatkeeper.emulator.ProviderEmulator;

/**
 * {@code serve --demo}: the provider emulator on loopback, demo providers pointing at it, and an administrator
 * whose login is printed once on the console, so a newcomer goes straight in without any provider account.
 */
public final class DemoMode implements AutoCloseable {

    public static final String DEMO_USER = "demo";
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final ProviderEmulator emulator;
    private final CompletableFuture<Void> billing;

    private DemoMode(ProviderEmulator emulator, CompletableFuture<Void> billing) {
        this.emulator = emulator;
        this.billing = billing;
    }

    /** Completes once the demo's customers are linked to their tenant, company and billing profiles (or that failed). */
    public CompletableFuture<Void> billingSetUp() {
        return billing;
    }

    /**
     * Creates (or resets) the demo administrator and prints its login. Done before the web server answers, so the
     * first page a newcomer sees is the login page, not the first-run setup.
     */
    public static void createAdministrator(UserService users) {
        String password = randomPassword();
        users.ensureUser(DEMO_USER, "Demo Administrator", Role.ADMIN, password);
        System.out.println("demo login: " + DEMO_USER + " / " + password);
    }

    /**
     * Starts the emulator, points the demo providers at it and starts their first account sync in the background.
     * Called once the login page is served: nobody can reach a provider page before they have typed the login.
     */
    public static DemoMode start(AppContext app, JobsEngine jobs) {
        ProviderEmulator emulator = ProviderEmulator.start(EmulatorSettings.defaults().withTenants(40));
        new DemoProviders(new ProviderRepository(app.database().dsl()), jobs.credentials(), app.audit(),
                app.database().transactions(), app.clock()).pointAt(emulator);
        new DemoPsa(new PsaConnectionRepository(app.database().dsl()), new PsaKeys(app.secrets()), app.audit(),
                app.database().transactions(), app.clock()).pointAt(emulator);
        List<Long> syncs = jobs.syncs().startAllScheduled();
        // a few customers linked to their tenant, ConnectWise company and billing profiles, once the syncs are done
        CompletableFuture<Void> billing = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            new DemoBilling(app, jobs).setUpAfter(syncs);
            billing.complete(null);
        }, "demo-billing");
        thread.setDaemon(true);
        thread.start();
        System.out.println("demo provider emulator: " + emulator.baseUri().resolve("/_emulator"));
        return new DemoMode(emulator, billing);
    }

    public ProviderEmulator emulator() {
        return emulator;
    }

    @Override
    public void close() {
        emulator.close();
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
