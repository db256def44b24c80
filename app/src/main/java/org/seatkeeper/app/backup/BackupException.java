package org.seatkeeper.app.backup;

/** A backup or restore that could not be done, with a message for the person who asked. */
public final class BackupException extends RuntimeException {

    public BackupException(String message) {
        super(message);
    }
}
