package org.seatkeeper.emulator;

import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.seatkeeper.emulator.connectwise.ConnectWisePsa;
import org.seatkeeper.emulator.control.ControlEndpoint;
import org.seatkeeper.emulator.control.EmulatorOperations;
import org.seatkeeper.emulator.data.DriftEngine;
import org.seatkeeper.emulator.data.ProductCatalog;
import org.seatkeeper.emulator.data.World;
import org.seatkeeper.emulator.data.WorldGenerator;
import org.seatkeeper.emulator.faults.Faults;
import org.seatkeeper.emulator.http.ApiUrls;
import org.seatkeeper.emulator.http.ProviderEndpoint;
import org.seatkeeper.emulator.http.TokenIssuer;
import org.seatkeeper.emulator.ion.IonTokens;
import org.seatkeeper.emulator.partnercenter.PartnerCenterEndpoint;
import org.seatkeeper.emulator.partnercenter.PartnerCenterState;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** One embedded HTTP server on 127.0.0.1 that speaks the five provider APIs, each under its own base path. */
public final class ProviderEmulator implements AutoCloseable {

    private final Server server;
    private final URI baseUri;
    private final DemoCredentials credentials;
    private final EmulatorControl control;
    private final SavedWorld state;

    private ProviderEmulator(Server server, URI baseUri, DemoCredentials credentials, EmulatorControl control, SavedWorld state) {
        this.server = server;
        this.baseUri = baseUri;
        this.credentials = credentials;
        this.control = control;
        this.state = state;
    }

    /** Binds 127.0.0.1:port (0 = a free port) and returns when serving. */
    public static ProviderEmulator start(EmulatorSettings settings) {
        return start(settings, Clock.systemUTC());
    }

    /** As {@link #start(EmulatorSettings)}, with the clock that token expiry and rate windows use. */
    public static ProviderEmulator start(EmulatorSettings settings, Clock clock) {
        DemoCredentials credentials = DemoCredentials.standard();
        World world = new WorldGenerator(new ProductCatalog()).generate(settings, credentials.ion().accountId());
        return start(settings, clock, credentials, new SavedWorld(world,
                new PartnerCenterState(credentials.partnerCenter().refreshToken()), new ConnectWisePsa(world, settings.seed(), clock)));
    }

    /**
     * As {@link #start(EmulatorSettings, Clock)} with the world {@link #save saved} in {@code file} by an earlier run,
     * when there is one it can read (else the world is generated from the settings, and {@code unreadable} is told why).
     * The emulated day then moves on to the settings' first day if the saved world is behind it, one day's drift at a time.
     */
    public static ProviderEmulator startSaved(EmulatorSettings settings, Clock clock, Path file,
                                              java.util.function.Consumer<String> unreadable) {
        Optional<SavedWorld> saved;
        try {
            saved = SavedWorld.read(file);
        } catch (IOException | RuntimeException e) {
            unreadable.accept("the emulator's saved world in " + file + " could not be read, so a new one is generated: "
                    + e.getMessage());
            saved = Optional.empty();
        }
        if (saved.isEmpty()) {
            return start(settings, clock);
        }
        ProviderEmulator emulator = start(settings, clock, DemoCredentials.standard(), saved.get());
        if (settings.firstDay() != null) {
            while (emulator.control.today().isBefore(settings.firstDay())) {
                emulator.control.advanceDay();
            }
        }
        return emulator;
    }

    private static ProviderEmulator start(EmulatorSettings settings, Clock clock, DemoCredentials credentials, SavedWorld state) {
        World world = state.world();
        Faults faults = new Faults(settings, clock);
        PartnerCenterState partnerCenter = state.partnerCenter();
        partnerCenter.addRefreshToken(credentials.partnerCenter().refreshToken());
        IonTokens ionTokens = new IonTokens(new TokenIssuer("ion_", Duration.ofHours(2), clock), credentials.ion().refreshToken());
        ConnectWisePsa psa = state.psa();
        EmulatorOperations control = new EmulatorOperations(world, new DriftEngine(world, settings.seed()), faults, partnerCenter,
                ionTokens, psa);
        List<ProviderEndpoint> endpoints = new ArrayList<>();
        endpoints.add(new PartnerCenterEndpoint(world, partnerCenter, credentials.partnerCenter(),
                new TokenIssuer("pc_", Duration.ofHours(1), clock)));
        ApiModules.addOthers(endpoints, world, credentials, ionTokens, partnerCenter, psa, clock);
        EmulatorHandler handler = new EmulatorHandler(endpoints, new ControlEndpoint(control, settings, credentials, faults), faults);
        Server server = newServer(settings.port(), handler);
        int port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
        return new ProviderEmulator(server, URI.create("http://127.0.0.1:" + port), credentials, control, state);
    }

    private static Server newServer(int port, EmulatorHandler handler) {
        // Enough threads for many concurrent clients; added latency is scheduled, so threads are never parked on it.
        QueuedThreadPool threads = new QueuedThreadPool(256, 8);
        threads.setName("provider-emulator");
        threads.setDaemon(true);
        Server server = new Server(threads);
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        connector.setAcceptQueueSize(1024);
        server.addConnector(connector);
        server.setHandler(handler);
        server.setStopTimeout(0);
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the provider emulator on port " + port, e);
        }
        return server;
    }

    /** {@code http://127.0.0.1:<port>}. */
    public URI baseUri() {
        return baseUri;
    }

    /** The base a client is configured with, ending in a slash, e.g. {@code http://127.0.0.1:p/partnercenter/v1/}. */
    public URI apiBaseUri(Api api) {
        return baseUri.resolve(ApiUrls.basePath(api));
    }

    /**
     * Where the client gets tokens. For Graph this is the login authority {@code http://127.0.0.1:p/login/}: append
     * {@code {customerTenantId}/oauth2/v2.0/token} (see {@link #graphTokenUri(String)}). ConnectWise has no tokens; its
     * entry is the company-info URL.
     */
    public URI tokenUri(Api api) {
        return baseUri.resolve(ApiUrls.tokenPath(api, credentials));
    }

    public URI graphTokenUri(String customerTenantId) {
        return baseUri.resolve("/login/" + customerTenantId + "/oauth2/v2.0/token");
    }

    public DemoCredentials credentials() {
        return credentials;
    }

    public EmulatorControl control() {
        return control;
    }

    /** Writes what the emulated providers remember to {@code file}, for {@link #startSaved} on the next run. */
    public void save(Path file) throws IOException {
        state.write(file);
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot stop the provider emulator", e);
        }
    }
}
