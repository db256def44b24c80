package org.seatkeeper.db.backup;

/** The nightly backup: on or off, its cron expression (reseller's time zone) and how many nightly backups to keep. */
public record BackupSchedule(boolean enabled, String cron, int keepCount, int version) {
}
