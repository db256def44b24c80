package org.seatkeeper.app.backup;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.ScheduledFuture;
import org.seatkeeper.db.backup.BackupSchedule;
import org.seatkeeper.db.backup.BackupScheduleRepository;
import org.seatkeeper.db.settings.SettingsRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;

/**
 * The nightly backup, when switched on: an online backup into {@code <data-dir>/backups/nightly-<time>} on its cron
 * expression in the settings' time zone, then the nightly backups beyond the number to keep are deleted.
 * {@link #reschedule()} is called when the backup schedule or the time zone changes.
 */
public final class NightlyBackup implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(NightlyBackup.class);

    private final ThreadPoolTaskScheduler scheduler;
    private final BackupScheduleRepository schedules;
    private final SettingsRepository settings;
    private final Backups backups;
    private ScheduledFuture<?> scheduled;
    private String description = "off";
    private volatile String lastOutcome = "";

    NightlyBackup(ThreadPoolTaskScheduler scheduler, BackupScheduleRepository schedules, SettingsRepository settings,
                  Backups backups) {
        this.scheduler = scheduler;
        this.schedules = schedules;
        this.settings = settings;
        this.backups = backups;
    }

    public synchronized void reschedule() {
        if (scheduled != null) {
            scheduled.cancel(false);
            scheduled = null;
        }
        BackupSchedule schedule = schedules.load();
        if (!schedule.enabled()) {
            description = "off";
            return;
        }
        String zone = settings.load().timeZone();
        try {
            scheduled = scheduler.schedule(this::run, new CronTrigger(schedule.cron(), ZoneId.of(zone)));
            description = schedule.cron() + " (" + zone + "), keeping the last " + schedule.keepCount();
        } catch (RuntimeException e) {
            description = "not scheduled: " + e.getMessage();
            LOG.error("The nightly backup's schedule '{}' in {} cannot be used: {}", schedule.cron(), zone, e.getMessage());
        }
    }

    /** One nightly backup and the retention after it; never throws (the scheduler would stop calling it). */
    void run() {
        try {
            Path written = backups.create(BackupKind.NIGHTLY, null, false, "nightly backup");
            int deleted = backups.deleteOldNightly(schedules.load().keepCount());
            lastOutcome = "Last nightly backup: " + written.getFileName() + (deleted > 0 ? " (" + deleted + " older deleted)" : "") + ".";
            LOG.info("Nightly backup written to {}; {} older nightly backup(s) deleted", written, deleted);
        } catch (RuntimeException e) {
            lastOutcome = "The last nightly backup failed: " + e.getMessage();
            LOG.error("The nightly backup failed: {}", e.getMessage(), e);
        }
    }

    synchronized String description() {
        return description;
    }

    String lastOutcome() {
        return lastOutcome;
    }

    @Override
    public synchronized void close() {
        if (scheduled != null) {
            scheduled.cancel(false);
        }
    }
}
