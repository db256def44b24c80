package org.seatkeeper.app.backup;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the {@code backup} command asks a running Seatkeeper for a backup: HSQLDB locks its files to the process that
 * opened them, so only that process can copy them consistently. The command drops a request file into
 * {@code <data-dir>/requests/}; this watcher (in the running Seatkeeper) writes the backup and answers with a result
 * file next to it. Files, not HTTP: nothing new listens on the network, and only someone who can already write into
 * the (owner-only) data directory can ask.
 */
public final class BackupRequests implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BackupRequests.class);
    static final String REQUEST = ".backup";
    static final String RESULT = ".result";

    private final Path folder;
    private final Backups backups;
    private final WatchService watcher;
    private final Thread thread;

    private BackupRequests(Path folder, Backups backups) throws IOException {
        this.folder = folder;
        this.backups = backups;
        this.watcher = folder.getFileSystem().newWatchService();
        // a request moved into place shows as created
        folder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE);
        this.thread = new Thread(this::watch, "backup-requests");
        thread.setDaemon(true);
    }

    static Path folder(Path dataRoot) {
        return dataRoot.resolve("requests");
    }

    /** Starts answering requests, those left from before included. */
    static BackupRequests start(Path dataRoot, Backups backups) {
        Path folder = folder(dataRoot);
        try {
            Files.createDirectories(folder);
            BackupFolder.ownerOnly(folder, "rwx------");
            BackupRequests requests = new BackupRequests(folder, backups);
            requests.thread.start();
            return requests;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot watch " + folder + " for backup requests: " + e.getMessage(), e);
        }
    }

    private void watch() {
        try {
            while (true) {
                answerWaiting();
                // the events only wake us up: the folder is read again, so nothing missed or coalesced is lost
                var key = watcher.poll(30, TimeUnit.SECONDS);
                if (key != null) {
                    key.pollEvents();
                    key.reset();
                }
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            // stopping
        }
    }

    private void answerWaiting() {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path request : files.filter(file -> file.getFileName().toString().endsWith(REQUEST)).sorted().toList()) {
                answer(request);
            }
        } catch (IOException e) {
            LOG.warn("Cannot read backup requests in {}: {}", folder, e.getMessage());
        }
    }

    private void answer(Path request) {
        String id = request.getFileName().toString();
        id = id.substring(0, id.length() - REQUEST.length());
        Properties result = new Properties();
        try {
            Properties asked = read(request);
            Files.deleteIfExists(request);
            String to = asked.getProperty("to", "");
            Path written = backups.create(BackupKind.COMMAND_LINE, to.isBlank() ? null : Path.of(to),
                    Boolean.parseBoolean(asked.getProperty("includeKey", "false")), "backup command");
            result.setProperty("status", "done");
            result.setProperty("path", written.toString());
        } catch (RuntimeException | IOException e) {
            LOG.warn("A backup asked for by the backup command failed: {}", e.getMessage());
            result.setProperty("status", "failed");
            result.setProperty("message", e.getMessage() == null ? e.toString() : e.getMessage());
        }
        try {
            write(folder.resolve(id + RESULT), result);
        } catch (IOException e) {
            LOG.warn("Cannot answer the backup request {}: {}", id, e.getMessage());
        }
    }

    static Properties read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        return properties;
    }

    /** Written beside and moved into place, so the reader never sees half a file. */
    static void write(Path file, Properties properties) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer writer = Files.newBufferedWriter(temporary)) {
            properties.store(writer, null);
        }
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            // stopping anyway
        }
        thread.interrupt();
    }
}
