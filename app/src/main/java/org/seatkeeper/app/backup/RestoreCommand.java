package org.seatkeeper.app.backup;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.seatkeeper.app.context.DataDirectory;
import org.seatkeeper.db.secrets.SecretBox;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code seatkeeper restore}: puts a backup's database (and its config and key, where the data directory has none)
 * into a data directory. It holds the directory's lock while it works, so it never touches the files of a running
 * Seatkeeper, and it never deletes a database: one already there is only replaced with --replace, and kept aside.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Restore a backup into a data directory. Stop Seatkeeper first: a running one's directory is refused."})
public final class RestoreCommand implements Callable<Integer> {

    private static final DateTimeFormatter ASIDE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss").withZone(ZoneOffset.UTC);

    @Spec
    CommandSpec spec;
    @Option(names = "--from", required = true, description = "The backup folder (as the backup command or the Settings page wrote it).")
    Path from;
    @Option(names = "--data-dir", defaultValue = "seatkeeper-data", description = "The data directory to restore into (default ./seatkeeper-data).")
    Path dataDir;
    @Option(names = "--replace", description = "Replace the database already in the data directory (it is kept as db.before-restore-<time>).")
    boolean replace;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BackupFolder backup = new BackupFolder(from.toAbsolutePath().normalize());
        if (!backup.isBackup()) {
            err.println(backup.root() + " is not a Seatkeeper backup: it has no db/seatkeeper.script.");
            return 2;
        }
        Path root = dataDir.toAbsolutePath().normalize();
        if (root.startsWith(backup.root()) || backup.root().startsWith(root.resolve("db"))) {
            err.println("Restore into a data directory outside the backup, and from a backup outside its db/ folder.");
            return 2;
        }
        try (DataDirectory directory = DataDirectory.open(root)) {
            return restore(backup, directory.root(), out, err);
        } catch (DataDirectory.DataDirectoryInUseException e) {
            err.println("Seatkeeper is running with the data directory " + root + ". Stop it first: restore never "
                    + "changes the files of a running Seatkeeper.");
            return 3;
        } catch (BackupException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    private int restore(BackupFolder backup, Path root, PrintWriter out, PrintWriter err) throws IOException {
        Path database = root.resolve("db");
        String now = ASIDE_TIME.format(Instant.now());
        if (holdsFiles(database)) {
            if (!replace) {
                err.println(root + " already holds a database. Add --replace to restore in its place (the present "
                        + "one is kept as " + database.resolveSibling("db.before-restore-<time>").getFileName() + "), or give another --data-dir.");
                return 2;
            }
            Path aside = root.resolve("db.before-restore-" + now);
            Files.move(database, aside);
            out.println("The database that was there is kept in " + aside + ".");
        }
        BackupFolder.copyFiles(backup.database(), database);
        if (Files.isRegularFile(backup.config()) && !Files.exists(root.resolve(BackupFolder.CONFIG))) {
            BackupFolder.copy(backup.config(), root.resolve(BackupFolder.CONFIG));
        }
        restoreKey(backup, root, now, out);
        out.println("Restored " + backup.root() + " into " + root + ".");
        out.println("Start Seatkeeper with: java -jar seatkeeper.jar serve --data-dir " + root);
        return 0;
    }

    /** The backup's key goes with its data; without one in the backup, the directory's own key must be the one. */
    private static void restoreKey(BackupFolder backup, Path root, String now, PrintWriter out) throws IOException {
        Path key = root.resolve(BackupFolder.KEY);
        if (backup.holdsKey()) {
            if (Files.exists(key) && !Arrays.equals(Files.readAllBytes(key), Files.readAllBytes(backup.key()))) {
                Files.move(key, root.resolve("secret.key.before-restore-" + now));
                out.println("The data directory's secret.key differed from the backup's: it is kept as secret.key.before-restore-" + now + ".");
            }
            BackupFolder.copy(backup.key(), key);
            out.println("The backup's secret key was restored with it.");
        } else if (Files.exists(key)) {
            out.println("The backup holds no secret key: " + key + " stays. It must be the key of the Seatkeeper that "
                    + "made the backup, or provider credentials and the SMTP password cannot be read (enter them again then).");
        } else if (System.getenv(SecretBox.KEY_ENVIRONMENT_VARIABLE) == null) {
            out.println("The backup holds no secret key. Before starting, copy the key of the Seatkeeper that made the "
                    + "backup to " + key + " (or set " + SecretBox.KEY_ENVIRONMENT_VARIABLE + "); without it provider "
                    + "credentials and the SMTP password cannot be read and must be entered again.");
        }
    }

    private static boolean holdsFiles(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return false;
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.findAny().isPresent();
        }
    }
}
