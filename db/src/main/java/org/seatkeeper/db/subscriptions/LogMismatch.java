package org.seatkeeper.db.subscriptions;

/** A subscription whose log does not add up: L (sum of its events) differs from S (its quantity). */
public record LogMismatch(long subscriptionId, long contractId, String name, int quantity, int logSum) {

    /** What an event would have to change to repair the log: S - L. */
    public int difference() {
        return quantity - logSum;
    }
}
