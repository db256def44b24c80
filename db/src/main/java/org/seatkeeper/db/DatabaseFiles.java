package org.seatkeeper.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * The HSQLDB files of a file database: where they are, who may read them, how commits reach the disk and how they
 * are copied while Seatkeeper runs. HSQLDB's file settings and its online backup have no jOOQ DSL: they are the two
 * administrative statements written here as text, with no user input in them but a path we built ourselves.
 */
final class DatabaseFiles {

    static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

    /** HSQLDB names its files {@code seatkeeper.script}, {@code .data}, {@code .log}, {@code .properties}. */
    static final String FILE_NAME = "seatkeeper";

    private DatabaseFiles() {
    }

    static String filesPrefix(Path directory) {
        return directory.resolve(FILE_NAME).toAbsolutePath().toString();
    }

    /** Creates the directory if needed and makes it the owner's alone (so files HSQLDB creates later are, too). */
    static void createOwnerOnly(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the database directory " + directory + ": " + e.getMessage(), e);
        }
        setPermissions(directory, OWNER_ONLY_DIRECTORY);
    }

    /** The directory and every file in it readable and writable by the owner only (older installations had 644). */
    static void restrictToOwner(Path directory) {
        setPermissions(directory, OWNER_ONLY_DIRECTORY);
        try (Stream<Path> files = Files.list(directory)) {
            files.filter(Files::isRegularFile).forEach(file -> setPermissions(file, OWNER_ONLY_FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the database directory " + directory + ": " + e.getMessage(), e);
        }
    }

    /**
     * Every commit is written and synced to disk before it returns: a change Seatkeeper has confirmed to a person (a
     * redirect after a save) or relied on with a provider (a rotated refresh token) survives kill -9 and power loss.
     * HSQLDB's default writes its log every 500 ms; on an existing database the setting is stored by this statement
     * (a URL property applies only when the database is created).
     */
    static void makeDurable(DataSource dataSource) {
        execute(dataSource, "SET FILES WRITE DELAY FALSE");
    }

    /**
     * HSQLDB's online backup into {@code target}: the data file as of the start and the log of the transactions that
     * committed during the copy, so the copy is a consistent state and writers are not blocked.
     */
    static void backup(DataSource dataSource, Path target) {
        Path directory = target.toAbsolutePath().normalize();
        try {
            if (Files.exists(directory)) {
                try (Stream<Path> existing = Files.list(directory)) {
                    if (existing.findAny().isPresent()) {
                        throw new IllegalArgumentException("The backup directory " + directory + " is not empty.");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the backup directory " + directory + ": " + e.getMessage(), e);
        }
        createOwnerOnly(directory);
        String path = (directory + "/").replace("'", "''");
        execute(dataSource, "BACKUP DATABASE TO '" + path + "' NOT BLOCKING AS FILES");
        restrictToOwner(directory);
    }

    private static void execute(DataSource dataSource, String statementText) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(statementText);
        } catch (SQLException e) {
            throw new IllegalStateException(statementText.split(" TO ")[0] + " failed: " + e.getMessage(), e);
        }
    }

    private static void setPermissions(Path path, Set<PosixFilePermission> permissions) {
        try {
            Files.setPosixFilePermissions(path, permissions);
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (e.g. Windows): the user profile's own permissions protect it
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot restrict " + path + " to its owner: " + e.getMessage(), e);
        }
    }
}
