package org.seatkeeper.app.backup;

/** Who asked for a backup; nightly backups are the only ones the retention deletes. */
enum BackupKind {
    MANUAL("manual"), NIGHTLY("nightly"), COMMAND_LINE("command");

    private final String folderPrefix;

    BackupKind(String folderPrefix) {
        this.folderPrefix = folderPrefix;
    }

    String folderPrefix() {
        return folderPrefix;
    }
}
