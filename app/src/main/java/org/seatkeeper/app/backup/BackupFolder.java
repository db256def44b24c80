package org.seatkeeper.app.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

/**
 * What a backup is on disk: a folder with {@code db/} (HSQLDB's files), a copy of {@code seatkeeper.properties},
 * {@code BACKUP.txt} saying what it holds and how to restore it, and {@code secret.key} only when asked for.
 */
record BackupFolder(Path root) {

    static final String NOTE = "BACKUP.txt";
    static final String KEY = "secret.key";
    static final String CONFIG = "seatkeeper.properties";

    Path database() {
        return root.resolve("db");
    }

    Path key() {
        return root.resolve(KEY);
    }

    Path config() {
        return root.resolve(CONFIG);
    }

    boolean holdsKey() {
        return Files.isRegularFile(key());
    }

    /** A Seatkeeper backup has HSQLDB's script file in db/. */
    boolean isBackup() {
        return Files.isRegularFile(database().resolve("seatkeeper.script"));
    }

    /** The folder must be new or empty: a backup never mixes its files with others. */
    static BackupFolder createEmpty(Path root) {
        Path folder = root.toAbsolutePath().normalize();
        try {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> existing = Files.list(folder)) {
                    if (existing.findAny().isPresent()) {
                        throw new BackupException("The backup folder " + folder + " is not empty: choose a new one.");
                    }
                }
            } else if (Files.exists(folder)) {
                throw new BackupException(folder + " is a file, not a folder.");
            }
            Files.createDirectories(folder);
            ownerOnly(folder, "rwx------");
            return new BackupFolder(folder);
        } catch (IOException e) {
            throw new BackupException("Cannot create the backup folder " + folder + ": " + e.getMessage());
        }
    }

    void copyIn(Path file, String name) {
        if (Files.isRegularFile(file)) {
            copy(file, root.resolve(name));
        }
    }

    void writeNote(String text) {
        try {
            Files.writeString(root.resolve(NOTE), text);
            ownerOnly(root.resolve(NOTE), "rw-------");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + NOTE + ": " + e.getMessage(), e);
        }
    }

    /** Copies every file of {@code from} into {@code to} (created owner-only), leaving out the lock HSQLDB holds. */
    static void copyFiles(Path from, Path to) {
        try {
            Files.createDirectories(to);
            ownerOnly(to, "rwx------");
            try (Stream<Path> files = Files.list(from)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    if (!file.getFileName().toString().endsWith(".lck")) {
                        copy(file, to.resolve(file.getFileName().toString()));
                    }
                }
            }
        } catch (IOException e) {
            throw new BackupException("Cannot copy " + from + " to " + to + ": " + e.getMessage());
        }
    }

    static void copy(Path from, Path to) {
        try {
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            ownerOnly(to, "rw-------");
        } catch (IOException e) {
            throw new BackupException("Cannot copy " + from + " to " + to + ": " + e.getMessage());
        }
    }

    static void ownerOnly(Path path, String permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the user profile's permissions protect it
        }
    }

    /** Removes a backup folder and everything in it (a failed backup's leftovers, a nightly one past retention). */
    void delete() {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new BackupException("Cannot delete " + root + ": " + e.getMessage());
        }
    }

    /** Bytes in the folder, for the backups page. */
    long size() {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile).mapToLong(path -> path.toFile().length()).sum();
        } catch (IOException e) {
            return 0;
        }
    }
}
