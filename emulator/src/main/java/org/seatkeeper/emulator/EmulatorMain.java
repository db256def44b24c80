package org.seatkeeper.emulator;

import java.util.concurrent.CountDownLatch;

/** Runs the emulator standalone: {@code --port 8089 --tenants 25 --seed 42}. */
public final class EmulatorMain {

    private EmulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        EmulatorSettings settings = parse(args);
        ProviderEmulator emulator = ProviderEmulator.start(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            emulator.close();
            stopped.countDown();
        }, "emulator-shutdown"));
        for (Api api : Api.values()) {
            System.out.printf("%-15s base %s  token %s%n", api.jsonName(), emulator.apiBaseUri(api),
                    api == Api.GRAPH ? emulator.tokenUri(api) + "{customerTenantId}/oauth2/v2.0/token" : emulator.tokenUri(api));
        }
        System.out.println("control         " + emulator.baseUri().resolve("/_emulator") + "  (Ctrl+C to stop)");
        stopped.await();
    }

    static EmulatorSettings parse(String[] args) {
        EmulatorSettings settings = EmulatorSettings.defaults().withPort(8089);
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--port" -> settings = settings.withPort(Integer.parseInt(require(args[i], value)));
                case "--tenants" -> settings = settings.withTenants(Integer.parseInt(require(args[i], value)));
                case "--seed" -> settings = settings.withSeed(Long.parseLong(require(args[i], value)));
                case "--prospects" -> settings = settings.withProspects(Integer.parseInt(require(args[i], value)));
                case "--subscriptions" -> settings = settings.withSubscriptionsPerTenant(Integer.parseInt(require(args[i], value)));
                default -> throw new IllegalArgumentException("Unknown option " + args[i]
                        + " (use --port, --tenants, --seed, --prospects, --subscriptions)");
            }
            i++;
        }
        return settings;
    }

    private static String require(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }
}
