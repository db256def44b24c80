package org.seatkeeper.app.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.seatkeeper.batch.jobs.JobRun;
import org.springframework.scheduling.support.CronExpression;

/**
 * Which runs the morning report of day D calls "last night's jobs", and which "started by hand since yesterday's
 * report", in the reseller's time zone. One report goes out a day, at its send time, so consecutive reports split time
 * at their send times: the previous report's time P = D-1 at the send time, this report's time R = D at the send time.
 *
 * <ul>
 *   <li><b>Last night</b>: the runs the nightly schedule started ({@link JobRun#scheduled()}), from its first start
 *   after P until its first start after R. That is the night between the two reports (02:00 on D by default; 23:00
 *   on D-1 for a night at 23:00) with every step of it, also one that started after R because the night was slow (the
 *   report waits for the night's reconciliation), and never the next night. A night's failed run that a person
 *   restarts stays the night's run (a restart keeps its parameters).</li>
 *   <li><b>By hand</b>: the runs people started (from the jobs or provider page, a contract's "Sync subscriptions",
 *   a reconciliation by hand) from P until R. A run started after R is in the next day's report.</li>
 * </ul>
 * Reports of past days use today's schedule and send time. Without a readable schedule, last night is P until R.
 */
record LastNight(Instant nightFrom, Instant nightUntil, Instant byHandFrom, Instant byHandUntil) {

    static LastNight of(LocalDate date, LocalTime sendTime, String nightlyCron, ZoneId zone) {
        ZonedDateTime previousReport = date.minusDays(1).atTime(sendTime).atZone(zone);
        ZonedDateTime thisReport = date.atTime(sendTime).atZone(zone);
        Instant from = previousReport.toInstant();
        Instant until = thisReport.toInstant();
        CronExpression schedule;
        try {
            schedule = CronExpression.parse(nightlyCron);
        } catch (IllegalArgumentException e) {
            return new LastNight(from, until, from, until);
        }
        // a night that starts exactly at the send time is that report's night: the report waits for it
        return new LastNight(firstStartAfter(schedule, previousReport), firstStartAfter(schedule, thisReport), from,
                until);
    }

    boolean ofTheNight(JobRun run) {
        return run.scheduled() && within(run.startedAt(), nightFrom, nightUntil);
    }

    boolean byHand(JobRun run) {
        return !run.scheduled() && within(run.startedAt(), byHandFrom, byHandUntil);
    }

    private static Instant firstStartAfter(CronExpression schedule, ZonedDateTime time) {
        ZonedDateTime next = schedule.next(time);
        return next == null ? Instant.MAX : next.toInstant();
    }

    private static boolean within(Instant started, Instant from, Instant until) {
        return started != null && !started.isBefore(from) && started.isBefore(until);
    }
}
