package org.seatkeeper.db;

/** Someone else saved the same record since it was read: the user reloads and tries again. */
public final class OptimisticLockException extends RuntimeException {
    public OptimisticLockException(String what) {
        super(what + " was changed by someone else since you opened it. Reload the page and try again.");
    }
}
