package org.seatkeeper.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.seatkeeper.batch.jobs.JobProgress;
import org.seatkeeper.batch.jobs.JobRequest.Trigger;
import org.seatkeeper.batch.jobs.JobRun;

class LastNightTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate REPORT = LocalDate.of(2026, 3, 10);
    private static final LocalTime SEVEN = LocalTime.of(7, 0);

    @Test
    void shouldTakeTheNightBeforeTheReportWithStepsThatStartedAfterTheSendTime() {
        // given the night at 02:00 and the report at 07:00
        LastNight lastNight = LastNight.of(REPORT, SEVEN, "0 0 2 * * *", BERLIN);

        // then
        assertThat(lastNight.ofTheNight(run(Trigger.SCHEDULED, REPORT.atTime(2, 0)))).isTrue();
        assertThat(lastNight.ofTheNight(run(Trigger.SCHEDULED, REPORT.atTime(7, 40)))).isTrue();
        assertThat(lastNight.ofTheNight(run(Trigger.SCHEDULED, REPORT.minusDays(1).atTime(2, 0)))).isFalse();
        assertThat(lastNight.ofTheNight(run(Trigger.SCHEDULED, REPORT.plusDays(1).atTime(2, 0)))).isFalse();
    }

    @Test
    void shouldTakeTheEveningBeforeForANightThatStartsBeforeMidnight() {
        LastNight lastNight = LastNight.of(REPORT, SEVEN, "0 30 23 * * *", BERLIN);

        assertThat(lastNight.ofTheNight(run(Trigger.SCHEDULED, REPORT.minusDays(1).atTime(23, 30)))).isTrue();
        assertThat(lastNight.ofTheNight(run(Trigger.SCHEDULED, REPORT.atTime(23, 30)))).isFalse();
    }

    @Test
    void shouldCountANightThatStartsAtTheSendTimeAsThatReportsNight() {
        LastNight lastNight = LastNight.of(REPORT, SEVEN, "0 0 7 * * *", BERLIN);

        assertThat(lastNight.ofTheNight(run(Trigger.SCHEDULED, REPORT.atTime(7, 0)))).isTrue();
        assertThat(lastNight.ofTheNight(run(Trigger.SCHEDULED, REPORT.minusDays(1).atTime(7, 0)))).isFalse();
    }

    @Test
    void shouldKeepRunsStartedByHandOutOfTheNightAndListThoseSinceYesterdaysReport() {
        LastNight lastNight = LastNight.of(REPORT, SEVEN, "0 0 2 * * *", BERLIN);

        JobRun yesterdayAfternoon = run(Trigger.MANUAL, REPORT.minusDays(1).atTime(15, 0));
        JobRun inTheNight = run(Trigger.MANUAL, REPORT.atTime(3, 0));
        JobRun thisAfternoon = run(Trigger.MANUAL, REPORT.atTime(15, 0));
        assertThat(lastNight.ofTheNight(yesterdayAfternoon)).isFalse();
        assertThat(lastNight.ofTheNight(inTheNight)).isFalse();
        assertThat(lastNight.byHand(yesterdayAfternoon)).isTrue();
        assertThat(lastNight.byHand(inTheNight)).isTrue();
        assertThat(lastNight.byHand(thisAfternoon)).isFalse();
        assertThat(lastNight.byHand(run(Trigger.SCHEDULED, REPORT.atTime(2, 0)))).isFalse();
    }

    @Test
    void shouldFallBackToTheTimeBetweenTheReportsWithoutAReadableSchedule() {
        LastNight lastNight = LastNight.of(REPORT, SEVEN, "not a cron", BERLIN);

        assertThat(lastNight.ofTheNight(run(Trigger.SCHEDULED, REPORT.atTime(2, 0)))).isTrue();
        assertThat(lastNight.ofTheNight(run(Trigger.SCHEDULED, REPORT.atTime(7, 0)))).isFalse();
    }

    @Test
    void shouldLeaveOutARunThatHasNotStartedYet() {
        LastNight lastNight = LastNight.of(REPORT, SEVEN, "0 0 2 * * *", BERLIN);

        assertThat(lastNight.ofTheNight(run(Trigger.SCHEDULED, null))).isFalse();
        assertThat(lastNight.byHand(run(Trigger.MANUAL, null))).isFalse();
    }

    private static JobRun run(Trigger trigger, LocalDateTime startedInBerlin) {
        var started = startedInBerlin == null ? null : startedInBerlin.atZone(BERLIN).toInstant();
        return new JobRun(1, 1, "providerAccountSyncJob", 7L, "Partner Center", null, trigger,
                trigger == Trigger.SCHEDULED ? "scheduler" : "clerk", REPORT, 1, "COMPLETED", "COMPLETED", null,
                started, started, Duration.ZERO, 0, 0, 0, 0, new JobProgress(0, null, 0), null, false);
    }
}
