package org.seatkeeper.batch.accounts;

/** Execution-context keys the account sync adds to the generic {@code StepCounters}. */
final class SyncCounters {

    static final String CREATED = "accounts.created";
    static final String INACTIVATED = "accounts.inactivated";
    static final String MAILED = "accounts.mailed";

    private SyncCounters() {
    }
}
