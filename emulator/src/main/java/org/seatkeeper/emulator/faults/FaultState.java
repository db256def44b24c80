package org.seatkeeper.emulator.faults;

import org.seatkeeper.emulator.FaultSettings;

import java.time.Clock;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/** Faults and counters of one API. Thread-safe. */
public final class FaultState {

    private final Clock clock;
    private final Random random;
    private final RateWindow perSecond = new RateWindow(1_000);
    private final RateWindow perMinute = new RateWindow(60_000);
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger throttled = new AtomicInteger();
    private volatile FaultSettings settings;
    private int failNextCount;
    private int failNextStatus;
    private int failAfterRemaining = -1;
    private int failAfterStatus;

    FaultState(FaultSettings settings, Clock clock, long seed) {
        this.settings = settings;
        this.clock = clock;
        this.random = new Random(seed);
    }

    public FaultSettings settings() {
        return settings;
    }

    public void setSettings(FaultSettings newSettings) {
        settings = newSettings;
        perSecond.reset();
        perMinute.reset();
    }

    public synchronized void failNext(int count, int status) {
        failNextCount = count;
        failNextStatus = status;
    }

    public synchronized void failAfter(int successfulRequests, int status) {
        failAfterRemaining = successfulRequests;
        failAfterStatus = status;
    }

    public synchronized void clear() {
        setSettings(FaultSettings.none());
        failNextCount = 0;
        failAfterRemaining = -1;
    }

    /** Counts the request and decides its fate. Token requests are only counted. */
    public FaultDecision decide(boolean tokenRequest) {
        requests.incrementAndGet();
        if (tokenRequest) {
            return FaultDecision.PASS;
        }
        FaultDecision scripted = scripted();
        if (!scripted.passes()) {
            if (scripted.status() == 429) {
                throttled.incrementAndGet();
            }
            return scripted;
        }
        FaultSettings current = settings;
        long now = clock.millis();
        int wait = Math.max(perSecond.acquire(current.requestsPerSecondLimit(), now),
                perMinute.acquire(current.requestsPerMinuteLimit(), now));
        if (wait > 0) {
            throttled.incrementAndGet();
            return new FaultDecision(429, wait);
        }
        if (current.serverErrorRate() > 0 && nextDouble() < current.serverErrorRate()) {
            return new FaultDecision(503, 0);
        }
        return FaultDecision.PASS;
    }

    private synchronized FaultDecision scripted() {
        if (failNextCount > 0) {
            failNextCount--;
            return new FaultDecision(failNextStatus, failNextStatus == 429 ? 1 : 0);
        }
        if (failAfterRemaining == 0) {
            return new FaultDecision(failAfterStatus, failAfterStatus == 429 ? 1 : 0);
        }
        if (failAfterRemaining > 0) {
            failAfterRemaining--;
        }
        return FaultDecision.PASS;
    }

    private synchronized double nextDouble() {
        return random.nextDouble();
    }

    public int requestCount() {
        return requests.get();
    }

    public int throttledCount() {
        return throttled.get();
    }
}
