package org.seatkeeper.app.context;

import java.nio.file.Path;
import java.time.Clock;

/**
 * How to start: where the data lives, where to listen, demo or not, and (for tests) the clock and hash cost.
 *
 * @param trustProxy whether to read the client's address and scheme from a reverse proxy's forwarded headers; null
 *                   leaves it to the config file (off by default)
 */
public record StartOptions(Path dataDirectory, String host, Integer port, boolean demo, Clock clock, int passwordHashCost,
                           Boolean trustProxy) {

    public static StartOptions of(Path dataDirectory, String host, Integer port, boolean demo) {
        return new StartOptions(dataDirectory, host, port, demo, Clock.systemUTC(), 11, null);
    }

    /** For tests: loopback, a free port, and a cheap password hash so journeys run fast. */
    public static StartOptions forTest(Path dataDirectory) {
        return new StartOptions(dataDirectory, "127.0.0.1", 0, false, Clock.systemUTC(), 4, null);
    }

    public StartOptions withDemo(boolean demoMode) {
        return new StartOptions(dataDirectory, host, port, demoMode, clock, passwordHashCost, trustProxy);
    }

    public StartOptions withClock(Clock fixed) {
        return new StartOptions(dataDirectory, host, port, demo, fixed, passwordHashCost, trustProxy);
    }

    public StartOptions withTrustProxy(Boolean trust) {
        return new StartOptions(dataDirectory, host, port, demo, clock, passwordHashCost, trust);
    }
}
