package org.seatkeeper.db.backup;

import static org.seatkeeper.db.jooq.Tables.BACKUP_SCHEDULE;

import org.jooq.DSLContext;
import org.seatkeeper.db.OptimisticLockException;
import org.seatkeeper.db.jooq.tables.records.BackupScheduleRecord;

/** The single row of the nightly backup's schedule. */
public final class BackupScheduleRepository {

    private final DSLContext dsl;

    public BackupScheduleRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public BackupSchedule load() {
        return dsl.selectFrom(BACKUP_SCHEDULE).where(BACKUP_SCHEDULE.ID.eq(1)).fetchSingle(BackupScheduleRepository::toSchedule);
    }

    public void save(BackupSchedule schedule) {
        int rows = dsl.update(BACKUP_SCHEDULE)
                .set(BACKUP_SCHEDULE.ENABLED, schedule.enabled())
                .set(BACKUP_SCHEDULE.CRON, schedule.cron())
                .set(BACKUP_SCHEDULE.KEEP_COUNT, schedule.keepCount())
                .set(BACKUP_SCHEDULE.VERSION, BACKUP_SCHEDULE.VERSION.plus(1))
                .where(BACKUP_SCHEDULE.ID.eq(1))
                .and(BACKUP_SCHEDULE.VERSION.eq(schedule.version()))
                .execute();
        if (rows == 0) {
            throw new OptimisticLockException("The backup schedule");
        }
    }

    private static BackupSchedule toSchedule(BackupScheduleRecord r) {
        return new BackupSchedule(r.getEnabled(), r.getCron(), r.getKeepCount(), r.getVersion());
    }
}
