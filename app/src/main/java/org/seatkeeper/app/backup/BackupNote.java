package org.seatkeeper.app.backup;

import java.nio.file.Path;
import java.time.Instant;
import org.seatkeeper.app.context.Version;

/** The text of a backup's BACKUP.txt: what it holds, where the key is, and how to restore it. */
final class BackupNote {

    private BackupNote() {
    }

    static String text(Instant made, String how, boolean keyIncluded, boolean keyFromEnvironment, Path folder) {
        String key = keyIncluded
                ? """
                  secret.key IS IN THIS BACKUP. Anyone holding this folder can read the stored provider credentials,
                  the SMTP password and tenant admin passwords. Keep it as safe as the running server, or delete
                  secret.key from the copy and keep the key elsewhere.
                  """
                : keyFromEnvironment
                ? """
                  The secret key is NOT in this backup: this Seatkeeper reads it from the SEATKEEPER_SECRET_KEY
                  environment variable. Keep a copy of that value apart from this backup: without it the stored
                  provider credentials, the SMTP password and tenant admin passwords cannot be read.
                  """
                : """
                  The secret key is NOT in this backup, on purpose: the key and the data together let anyone read the
                  stored provider credentials, the SMTP password and tenant admin passwords. Keep a copy of the data
                  directory's secret.key apart from your backups (another machine, a password manager). Without it
                  this backup still restores every row, but those secrets must be entered again.
                  """;
        return "Seatkeeper backup\n"
                + "made " + made + " (UTC) by " + how + ", Seatkeeper " + Version.current() + "\n\n"
                + "db/                     the database (HSQLDB files: a consistent copy taken while Seatkeeper ran)\n"
                + "seatkeeper.properties   the configuration file, if there was one\n\n"
                + key + "\n"
                + "To restore, stop Seatkeeper and run:\n"
                + "    java -jar seatkeeper.jar restore --from " + folder + " --data-dir <data directory> [--replace]\n"
                + "then put the secret key back in <data directory>/secret.key (unless it is in this backup) and start it.\n";
    }
}
