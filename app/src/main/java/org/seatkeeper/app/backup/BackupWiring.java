package org.seatkeeper.app.backup;

import java.nio.file.Path;
import java.util.List;
import org.seatkeeper.app.context.AppContext;
import org.seatkeeper.db.backup.BackupScheduleRepository;
import org.seatkeeper.db.settings.SettingsRepository;

/** Backups: the Settings page's backups and "Back up now", the nightly backup, and the backup command's requests. */
public final class BackupWiring {

    private BackupWiring() {
    }

    /** Returns the nightly backup, to be rescheduled when the settings' time zone changes. */
    public static NightlyBackup register(AppContext app, List<AutoCloseable> closeables) {
        Path dataRoot = app.options().dataDirectory().toAbsolutePath().normalize();
        var dsl = app.database().dsl();
        Backups backups = new Backups(app.database(), dataRoot, app.audit(), app.database().transactions(), app.clock());
        BackupScheduleRepository schedules = new BackupScheduleRepository(dsl);
        NightlyBackup nightly = new NightlyBackup(app.scheduler(), schedules, new SettingsRepository(dsl), backups);
        nightly.reschedule();
        closeables.add(nightly);
        closeables.add(BackupRequests.start(dataRoot, backups));
        app.web().route("/settings/backups", new BackupsServlet(app.pages(), backups, nightly, schedules, app.audit(),
                        app.database().transactions()))
                .route("/settings/backups/run", new BackupNowServlet(app.pages(), backups));
        return nightly;
    }
}
