package org.seatkeeper.db.mismatch;

import static org.seatkeeper.db.jooq.Tables.REPORT_SCHEDULE;

import java.time.LocalDate;
import org.jooq.DSLContext;
import org.seatkeeper.db.OptimisticLockException;
import org.seatkeeper.db.jooq.tables.records.ReportScheduleRecord;

/** The single row of the morning report's schedule. */
public final class ReportScheduleRepository {

    private final DSLContext dsl;

    public ReportScheduleRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public ReportSchedule load() {
        return dsl.selectFrom(REPORT_SCHEDULE).where(REPORT_SCHEDULE.ID.eq(1)).fetchSingle(ReportScheduleRepository::toSchedule);
    }

    public void save(ReportSchedule s) {
        int rows = dsl.update(REPORT_SCHEDULE)
                .set(REPORT_SCHEDULE.ENABLED, s.enabled())
                .set(REPORT_SCHEDULE.RECIPIENTS, s.recipients())
                .set(REPORT_SCHEDULE.SEND_TIME, s.sendTime())
                .set(REPORT_SCHEDULE.SECTION_JOBS, s.jobs())
                .set(REPORT_SCHEDULE.SECTION_UNMAPPED, s.unmapped())
                .set(REPORT_SCHEDULE.SECTION_MISMATCHES, s.mismatches())
                .set(REPORT_SCHEDULE.SECTION_INVITATIONS, s.invitations())
                .set(REPORT_SCHEDULE.SECTION_CANCELLATION, s.cancellation())
                .set(REPORT_SCHEDULE.SECTION_RENEWALS, s.renewals())
                .set(REPORT_SCHEDULE.VERSION, REPORT_SCHEDULE.VERSION.plus(1))
                .where(REPORT_SCHEDULE.ID.eq(1))
                .and(REPORT_SCHEDULE.VERSION.eq(s.version()))
                .execute();
        if (rows == 0) {
            throw new OptimisticLockException("The report schedule");
        }
    }

    /**
     * Claims the day's mail: true for the one caller that moves last_sent_on to {@code date}.
     *
     * @param incomplete the mail says last night did not finish (see {@link #claimCompletedResend})
     */
    public boolean claimSending(LocalDate date, boolean incomplete) {
        return dsl.update(REPORT_SCHEDULE)
                .set(REPORT_SCHEDULE.LAST_SENT_ON, date)
                .set(REPORT_SCHEDULE.LAST_SENT_INCOMPLETE, incomplete)
                .where(REPORT_SCHEDULE.ID.eq(1))
                .and(REPORT_SCHEDULE.LAST_SENT_ON.isNull().or(REPORT_SCHEDULE.LAST_SENT_ON.lt(date)))
                .execute() == 1;
    }

    /** Claims the day's second mail, the complete one: true once, for a day whose mail said the night did not finish. */
    public boolean claimCompletedResend(LocalDate date) {
        return dsl.update(REPORT_SCHEDULE)
                .set(REPORT_SCHEDULE.LAST_SENT_INCOMPLETE, false)
                .where(REPORT_SCHEDULE.ID.eq(1))
                .and(REPORT_SCHEDULE.LAST_SENT_ON.eq(date))
                .and(REPORT_SCHEDULE.LAST_SENT_INCOMPLETE.isTrue())
                .execute() == 1;
    }

    private static ReportSchedule toSchedule(ReportScheduleRecord r) {
        return new ReportSchedule(r.getEnabled(), r.getRecipients(), r.getSendTime(), r.getSectionJobs(),
                r.getSectionUnmapped(), r.getSectionMismatches(), r.getSectionInvitations(),
                r.getSectionCancellation(), r.getSectionRenewals(), r.getLastSentOn(), r.getVersion());
    }
}
