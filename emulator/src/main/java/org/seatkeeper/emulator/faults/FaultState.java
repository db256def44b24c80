package org.seatkeeper.emulator.faults;

import org.seatkeeper.emulator.FaultSettings;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
    private boolean holding;
    private final List<Runnable> heldAnswers = new ArrayList<>();

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

    public void clear() {
        synchronized (this) {
            setSettings(FaultSettings.none());
            failNextCount = 0;
            failAfterRemaining = -1;
        }
        releaseAnswers();
    }

    /** From now on answers wait, unsent, until {@link #releaseAnswers}: a test holds a job inside its read. */
    public synchronized void holdAnswers() {
        holding = true;
    }

    /**
     * Keeps {@code send} for later when answers are held.
     *
     * @return false when answers are not held: the caller sends now
     */
    public synchronized boolean heldBack(Runnable send) {
        if (!holding) {
            return false;
        }
        heldAnswers.add(send);
        notifyAll();
        return true;
    }

    /** Sends every held answer, in the order they were held, and stops holding. */
    public void releaseAnswers() {
        List<Runnable> waiting;
        synchronized (this) {
            holding = false;
            waiting = List.copyOf(heldAnswers);
            heldAnswers.clear();
        }
        waiting.forEach(Runnable::run);
    }

    /** How many answers are held now. */
    public synchronized int heldCount() {
        return heldAnswers.size();
    }

    /**
     * Waits until at least {@code count} answers are held, at most {@code timeout} (a bound for a broken test, not a
     * pause: it returns as soon as they are).
     *
     * @return how many are held when it returns
     */
    public synchronized int awaitHeld(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long left;
        while (heldAnswers.size() < count && (left = deadline - System.nanoTime()) > 0) {
            wait(Math.max(1, left / 1_000_000));
        }
        return heldAnswers.size();
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
