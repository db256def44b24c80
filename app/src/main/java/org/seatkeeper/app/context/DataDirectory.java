package org.seatkeeper.app.context;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Where everything lives: the HSQLDB files (db/), the encryption key (secret.key) and the config file
 * (seatkeeper.properties), readable by its owner only. Held with an exclusive lock so a second process on the same directory is refused
 * with a clear message instead of HSQLDB's lock error.
 */
public final class DataDirectory implements AutoCloseable {

    private final Path root;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private DataDirectory(Path root, FileChannel lockChannel, FileLock lock) {
        this.root = root;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    public static DataDirectory open(Path root) {
        Path absolute = root.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute);
            restrictToOwner(absolute);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + absolute + ": " + e.getMessage(), e);
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(absolute.resolve("seatkeeper.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new DataDirectoryInUseException(absolute);
            }
            return new DataDirectory(absolute, channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new DataDirectoryInUseException(absolute);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("Cannot lock the data directory " + absolute + ": " + e.getMessage(), e);
        }
    }

    /** The data directory holds the key, the database and its backups: nobody but its owner may list or read it. */
    private static void restrictToOwner(Path directory) throws IOException {
        try {
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (e.g. Windows): the user profile's own permissions protect it
        }
    }

    public Path root() {
        return root;
    }

    public Path databaseDirectory() {
        return root.resolve("db");
    }

    public Path secretKeyFile() {
        return root.resolve("secret.key");
    }

    public Path configFile() {
        return root.resolve("seatkeeper.properties");
    }

    /** Demo mode's own state: the emulator's saved world, the demo login, the kept sessions (created on demand). */
    public Path demoDirectory() {
        Path demo = root.resolve("demo");
        try {
            Files.createDirectories(demo);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + demo + ": " + e.getMessage(), e);
        }
        return demo;
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // the process is ending: the operating system releases the lock anyway
        }
        closeQuietly(lockChannel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing to do
            }
        }
    }

    /** Another Seatkeeper holds this directory. */
    public static final class DataDirectoryInUseException extends RuntimeException {
        public DataDirectoryInUseException(Path root) {
            super("Another Seatkeeper is already running with the data directory " + root
                    + ". Stop it first, or give this one another directory with --data-dir.");
        }
    }
}
