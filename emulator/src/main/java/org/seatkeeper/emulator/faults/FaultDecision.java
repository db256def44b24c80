package org.seatkeeper.emulator.faults;

/** What fault injection decided for one request: pass, or answer {@code status} (with Retry-After when > 0). */
public record FaultDecision(int status, int retryAfterSeconds) {

    public static final FaultDecision PASS = new FaultDecision(0, 0);

    public boolean passes() {
        return status == 0;
    }
}
