package org.seatkeeper.emulator.faults;

/** A fixed-window request counter: at most {@code limit} requests per window. */
final class RateWindow {

    private final long windowMillis;
    private long windowStart = Long.MIN_VALUE;
    private int used;

    RateWindow(long windowMillis) {
        this.windowMillis = windowMillis;
    }

    /** 0 when the request may pass, otherwise the whole seconds until the window resets (at least 1). */
    synchronized int acquire(int limit, long nowMillis) {
        if (limit <= 0) {
            return 0;
        }
        long start = nowMillis - Math.floorMod(nowMillis, windowMillis);
        if (start != windowStart) {
            windowStart = start;
            used = 0;
        }
        if (used < limit) {
            used++;
            return 0;
        }
        long waitMillis = windowStart + windowMillis - nowMillis;
        return (int) Math.max(1, (waitMillis + 999) / 1000);
    }

    synchronized void reset() {
        windowStart = Long.MIN_VALUE;
        used = 0;
    }
}
