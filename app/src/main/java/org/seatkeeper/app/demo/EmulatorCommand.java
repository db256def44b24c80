package org.seatkeeper.app.demo;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.seatkeeper.emulator.Api;
import org.seatkeeper.emulator.EmulatorSettings;
import org.seatkeeper.emulator.ProviderEmulator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code seatkeeper emulator}: the provider emulator alone, for trying the clients or a second Seatkeeper against it. */
@Command(name = "emulator", mixinStandardHelpOptions = true,
        description = "Run the loopback emulator of the provider APIs (Partner Center, Graph, StreamOne Ion, Pax8, ConnectWise Manage).")
public final class EmulatorCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "9100", description = "Port on 127.0.0.1 (default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--tenants", defaultValue = "200", description = "Customer tenants per provider (default ${DEFAULT-VALUE}).")
    int tenants;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the generated data (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
        ProviderEmulator emulator = ProviderEmulator.start(EmulatorSettings.defaults().withPort(port).withTenants(tenants).withSeed(seed));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            emulator.close();
            stopped.countDown();
        }, "shutdown"));
        System.out.println("Provider emulator on " + emulator.baseUri() + " (seed " + seed + ", " + tenants + " tenants per provider)");
        for (Api api : Api.values()) {
            System.out.printf("  %-15s %s  (token: %s)%n", api, emulator.apiBaseUri(api), emulator.tokenUri(api));
        }
        System.out.println("  control         " + emulator.baseUri().resolve("/_emulator"));
        stopped.await();
        return 0;
    }
}
