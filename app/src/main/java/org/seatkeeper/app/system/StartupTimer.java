package org.seatkeeper.app.system;

import java.util.ArrayList;
import java.util.List;

/** Notes how long each start-up phase took, so a slow start can be explained from the log line alone. */
final class StartupTimer {

    private final List<String> phases = new ArrayList<>();
    private long last = System.nanoTime();

    void mark(String phase) {
        long now = System.nanoTime();
        phases.add(phase + " " + (now - last) / 1_000_000 + " ms");
        last = now;
    }

    @Override
    public String toString() {
        return String.join(", ", phases);
    }
}
