package org.seatkeeper.app.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import org.seatkeeper.db.Database;
import org.seatkeeper.db.Transactions;
import org.seatkeeper.db.audit.AuditAction;
import org.seatkeeper.db.audit.AuditEntity;
import org.seatkeeper.db.audit.AuditLog;
import org.seatkeeper.db.secrets.SecretBox;

/**
 * Writes backups of the running Seatkeeper: the database's online copy (writers go on), the config and a note; the
 * secret key only when asked. Each one is audited. One backup at a time; nightly ones beyond the retention are deleted.
 */
public final class Backups {

    private static final DateTimeFormatter FOLDER_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss").withZone(ZoneOffset.UTC);

    private final Database database;
    private final Path dataRoot;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;
    private final ReentrantLock oneAtATime = new ReentrantLock();

    Backups(Database database, Path dataRoot, AuditLog audit, Transactions transactions, Clock clock) {
        this.database = database;
        this.dataRoot = dataRoot;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Where backups go unless told otherwise: {@code <data-dir>/backups}. */
    Path defaultFolder() {
        return dataRoot.resolve("backups");
    }

    /**
     * Writes a backup into {@code target} (a new or empty folder), or into a new folder under {@link #defaultFolder()}
     * when it is null, and returns the folder.
     */
    Path create(BackupKind kind, Path target, boolean includeKey, String who) {
        oneAtATime.lock();
        try {
            Instant now = clock.instant();
            BackupFolder folder = BackupFolder.createEmpty(target != null ? target : newFolder(kind, now));
            try {
                database.backupTo(folder.database());
                folder.copyIn(dataRoot.resolve(BackupFolder.CONFIG), BackupFolder.CONFIG);
                boolean keyFile = Files.isRegularFile(dataRoot.resolve(BackupFolder.KEY));
                if (includeKey && keyFile) {
                    folder.copyIn(dataRoot.resolve(BackupFolder.KEY), BackupFolder.KEY);
                }
                folder.writeNote(BackupNote.text(now, describe(kind, who), includeKey && keyFile, !keyFile
                        && System.getenv(SecretBox.KEY_ENVIRONMENT_VARIABLE) != null, folder.root()));
            } catch (RuntimeException e) {
                folder.delete();
                throw e instanceof BackupException ? e : new BackupException("The backup failed: " + e.getMessage());
            }
            transactions.run(() -> audit.record(who, AuditAction.BACKUP, AuditEntity.BACKUP, folder.root().getFileName(),
                    "Backup written to " + folder.root() + (folder.holdsKey() ? " (with the secret key)" : " (without the secret key)")));
            return folder.root();
        } finally {
            oneAtATime.unlock();
        }
    }

    /** The backups in the default folder, newest first. */
    List<BackupRow> list() {
        return folders().map(folder -> new BackupRow(folder.root().getFileName().toString(), folder.root().toString(),
                        lastModified(folder.root()), folder.size(), folder.holdsKey()))
                .sorted(Comparator.comparing(BackupRow::made).reversed())
                .toList();
    }

    /** Deletes the oldest nightly backups beyond {@code keep}; backups people asked for are never deleted. */
    int deleteOldNightly(int keep) {
        List<BackupFolder> nightly = folders()
                .filter(folder -> folder.root().getFileName().toString().startsWith(BackupKind.NIGHTLY.folderPrefix() + "-"))
                .sorted(Comparator.comparing((BackupFolder folder) -> folder.root().getFileName().toString()).reversed())
                .toList();
        List<BackupFolder> old = nightly.stream().skip(keep).toList();
        old.forEach(BackupFolder::delete);
        return old.size();
    }

    private Stream<BackupFolder> folders() {
        if (!Files.isDirectory(defaultFolder())) {
            return Stream.empty();
        }
        try (Stream<Path> entries = Files.list(defaultFolder())) {
            return entries.filter(Files::isDirectory).map(BackupFolder::new).filter(BackupFolder::isBackup).toList().stream();
        } catch (IOException e) {
            throw new BackupException("Cannot list " + defaultFolder() + ": " + e.getMessage());
        }
    }

    private Path newFolder(BackupKind kind, Instant now) {
        String name = kind.folderPrefix() + "-" + FOLDER_TIME.format(now);
        Path folder = defaultFolder().resolve(name);
        for (int n = 2; Files.exists(folder); n++) {
            folder = defaultFolder().resolve(name + "-" + n);
        }
        return folder;
    }

    private static String describe(BackupKind kind, String who) {
        return switch (kind) {
            case MANUAL -> who + " on the Settings page";
            case NIGHTLY -> "the nightly backup";
            case COMMAND_LINE -> "the backup command";
        };
    }

    private static Instant lastModified(Path folder) {
        try {
            return Files.getLastModifiedTime(folder.resolve(BackupFolder.NOTE)).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }
}
