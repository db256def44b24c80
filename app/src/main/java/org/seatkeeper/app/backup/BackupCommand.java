package org.seatkeeper.app.backup;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.seatkeeper.app.context.DataDirectory;
import org.seatkeeper.db.secrets.SecretBox;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code seatkeeper backup}: a consistent copy of the data directory's database and config, the secret key apart.
 * When Seatkeeper runs on the directory it holds HSQLDB's file lock, so the command asks it (a request file, see
 * {@link BackupRequests}) and it writes an online backup without stopping; when none runs the files are still, and
 * the command copies them itself.
 */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Write a backup of the database and config (not the secret key, unless --include-key).",
                "Works while Seatkeeper runs (it asks the running Seatkeeper) and when it is stopped."})
public final class BackupCommand implements Callable<Integer> {

    private static final DateTimeFormatter FOLDER_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss").withZone(ZoneOffset.UTC);

    @Spec
    CommandSpec spec;
    @Option(names = "--data-dir", defaultValue = "seatkeeper-data", description = "The data directory to back up (default ./seatkeeper-data).")
    Path dataDir;
    @Option(names = "--to", description = "A new or empty folder for the backup (default: <data-dir>/backups/command-<time>).")
    Path to;
    @Option(names = "--include-key", description = "Also copy secret.key into the backup: anyone holding the backup can then read the stored credentials.")
    boolean includeKey;
    @Option(names = "--timeout", defaultValue = "PT30M", description = "How long to wait for a running Seatkeeper's answer (default PT30M).")
    Duration timeout;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path root = dataDir.toAbsolutePath().normalize();
        if (!Files.isDirectory(root.resolve("db"))) {
            err.println("There is no Seatkeeper database in " + root + " (no db/ folder). Give the data directory with --data-dir.");
            return 2;
        }
        Path target = to == null ? null : to.toAbsolutePath().normalize();
        DataDirectory stopped;
        try {
            stopped = DataDirectory.open(root);
        } catch (DataDirectory.DataDirectoryInUseException running) {
            return askRunning(root, target, out, err);
        }
        try (stopped) {
            Path written = copyStopped(root, target != null ? target
                    : root.resolve("backups").resolve(BackupKind.COMMAND_LINE.folderPrefix() + "-" + FOLDER_TIME.format(Instant.now())));
            out.println("Seatkeeper is not running on " + root + ": its database files were copied as they are.");
            reportWritten(out, written);
            return 0;
        } catch (BackupException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    private Path copyStopped(Path root, Path target) {
        BackupFolder folder = BackupFolder.createEmpty(target);
        try {
            BackupFolder.copyFiles(root.resolve("db"), folder.database());
            folder.copyIn(root.resolve(BackupFolder.CONFIG), BackupFolder.CONFIG);
            boolean keyFile = Files.isRegularFile(root.resolve(BackupFolder.KEY));
            if (includeKey && keyFile) {
                folder.copyIn(root.resolve(BackupFolder.KEY), BackupFolder.KEY);
            }
            folder.writeNote(BackupNote.text(Clock.systemUTC().instant(), "the backup command (Seatkeeper stopped)",
                    includeKey && keyFile, !keyFile && System.getenv(SecretBox.KEY_ENVIRONMENT_VARIABLE) != null,
                    folder.root()));
            return folder.root();
        } catch (RuntimeException e) {
            folder.delete();
            throw e;
        }
    }

    private int askRunning(Path root, Path target, PrintWriter out, PrintWriter err) throws IOException, InterruptedException {
        Path requests = BackupRequests.folder(root);
        if (!Files.isDirectory(requests)) {
            err.println("Seatkeeper is running on " + root + " but does not take backup requests (an older version?). "
                    + "Use \"Back up now\" on its Settings page, or stop it and run backup again.");
            return 1;
        }
        String id = UUID.randomUUID().toString();
        Properties request = new Properties();
        request.setProperty("to", target == null ? "" : target.toString());
        request.setProperty("includeKey", String.valueOf(includeKey));
        Path result = requests.resolve(id + BackupRequests.RESULT);
        try (WatchService watcher = requests.getFileSystem().newWatchService()) {
            requests.register(watcher, StandardWatchEventKinds.ENTRY_CREATE);
            BackupRequests.write(requests.resolve(id + BackupRequests.REQUEST), request);
            out.println("Seatkeeper is running on " + root + ": it is writing an online backup (it keeps running)...");
            out.flush();
            Instant giveUp = Instant.now().plus(timeout);
            while (!Files.exists(result)) {
                if (Instant.now().isAfter(giveUp)) {
                    err.println("The running Seatkeeper did not answer within " + timeout + ". Its log may say why.");
                    return 1;
                }
                if (!stillRunning(root) && !Files.exists(result)) {
                    Files.deleteIfExists(requests.resolve(id + BackupRequests.REQUEST));
                    err.println("Seatkeeper stopped before it wrote the backup. Run backup again.");
                    return 1;
                }
                // woken by the result file; the timeout is only the check that Seatkeeper still runs
                var key = watcher.poll(1, TimeUnit.SECONDS);
                if (key != null) {
                    key.pollEvents();
                    key.reset();
                }
            }
        } catch (ClosedWatchServiceException e) {
            return 1;
        }
        Properties answer = BackupRequests.read(result);
        Files.deleteIfExists(result);
        if (!"done".equals(answer.getProperty("status"))) {
            err.println("The backup failed: " + answer.getProperty("message", "no reason given"));
            return 1;
        }
        reportWritten(out, Path.of(answer.getProperty("path")));
        return 0;
    }

    private void reportWritten(PrintWriter out, Path written) {
        BackupFolder folder = new BackupFolder(written);
        out.println("Backup written to " + written + ".");
        out.println(folder.holdsKey()
                ? "It holds the secret key (--include-key): anyone with this backup can read the stored credentials. Keep it safe."
                : "The secret key is not in it: keep a copy of secret.key (or SEATKEEPER_SECRET_KEY) apart from your backups. See BACKUP.txt.");
    }

    private static boolean stillRunning(Path root) {
        try {
            DataDirectory.open(root).close();
            return false;
        } catch (DataDirectory.DataDirectoryInUseException e) {
            return true;
        }
    }
}
