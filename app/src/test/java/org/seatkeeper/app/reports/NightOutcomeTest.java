package org.seatkeeper.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.seatkeeper.batch.jobs.JobProgress;
import org.seatkeeper.batch.jobs.JobRequest.Trigger;
import org.seatkeeper.batch.jobs.JobRun;

/** What the morning report makes of the night's runs: failures, restarts, and what it could not check. */
class NightOutcomeTest {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final LocalDate REPORT = LocalDate.of(2026, 3, 10);
    private static final LastNight NIGHT = LastNight.of(REPORT, LocalTime.of(7, 0), "0 0 2 * * *", UTC);
    private static final Optional<LocalDate> RECONCILED_BEFORE = Optional.of(REPORT.minusDays(1));

    @Test
    void shouldCountAFailedRunRestartedToCompletionOnceAsCompletedAndCallTheNightComplete() {
        // given an account sync that failed at 02:00 and was restarted to completion at 09:00, then the rest ran
        List<JobRun> recent = List.of(
                run(5, 3, "licenseMismatchJob", null, "COMPLETED", "", 9, 30),
                run(4, 2, "subscriptionSyncJob", null, "COMPLETED", "", 9, 10),
                run(3, 1, "providerAccountSyncJob", "Pax8", "COMPLETED", "", 9, 0),
                run(1, 1, "providerAccountSyncJob", "Pax8", "FAILED", "Pax8 refused the credentials.", 2, 0));

        // when
        NightOutcome night = NightOutcome.of(recent, NIGHT, RECONCILED_BEFORE);

        // then
        assertThat(night.runs()).hasSize(3);
        assertThat(night.runs().get(0).latest().executionId()).isEqualTo(3);
        assertThat(night.runs().get(0).firstFailed().exitMessage()).isEqualTo("Pax8 refused the credentials.");
        assertThat(night.failed()).isEmpty();
        assertThat(night.notChecked()).isEmpty();
        assertThat(night.complete()).isTrue();
        assertThat(night.over()).isTrue();
        assertThat(night.restarted()).isTrue();
    }

    @Test
    void shouldCountAFailedNightsRunThatAPersonStartedAgainByHandAsTheNightsRun() {
        // given the night's failed account sync, which a clerk's "Start provider account sync" resumed (same run)
        List<JobRun> recent = List.of(
                run(3, 1, "providerAccountSyncJob", "Pax8", "COMPLETED", "", 9, 0, Trigger.MANUAL),
                run(1, 1, "providerAccountSyncJob", "Pax8", "FAILED", "Pax8 is unavailable.", 2, 0));

        // when
        NightOutcome night = NightOutcome.of(recent, NIGHT, RECONCILED_BEFORE);

        // then the night's run completed; what comes after it has not run yet
        assertThat(night.runs()).singleElement().satisfies(a -> assertThat(a.restartedToCompletion()).isTrue());
        assertThat(night.failed()).isEmpty();
        assertThat(night.complete()).isFalse();
    }

    @Test
    void shouldSayWhatAFailedAccountSyncLeftUncheckedWhenTheChainStoppedThere() {
        // given one provider's account sync failed and nothing ran after it
        List<JobRun> recent = List.of(
                run(2, 2, "providerAccountSyncJob", "Partner Center", "COMPLETED", "", 2, 0),
                run(1, 1, "providerAccountSyncJob", "Pax8", "FAILED", "Pax8 is unavailable.", 2, 0));

        // when
        NightOutcome night = NightOutcome.of(recent, NIGHT, RECONCILED_BEFORE);

        // then
        assertThat(night.failed()).containsExactly("Provider account sync · Pax8: Pax8 is unavailable.");
        assertThat(night.notChecked()).containsExactly(
                "New and removed accounts at Pax8: its account sync did not finish, so new tenants and accepted"
                        + " invitations there are missing.",
                "Subscriptions: not synced, because the night stopped before it; license changes, NCE windows and"
                        + " renewals are from the last completed sync.",
                "License mismatches: not reconciled last night; the mismatches below are from the reconciliation of"
                        + " 2026-03-09.");
        assertThat(night.over()).isTrue();
        assertThat(night.complete()).isFalse();
    }

    @Test
    void shouldCallASubscriptionSyncThatStoppedPartWay() {
        List<JobRun> recent = List.of(
                run(2, 2, "subscriptionSyncJob", null, "STOPPED", "stopped when Seatkeeper shut down.", 2, 10),
                run(1, 1, "providerAccountSyncJob", "Pax8", "COMPLETED", "", 2, 0));

        NightOutcome night = NightOutcome.of(recent, NIGHT, Optional.empty());

        assertThat(night.failed()).containsExactly("Subscription sync: stopped when Seatkeeper shut down.");
        assertThat(night.notChecked()).containsExactly(
                "Subscriptions: the sync did not finish, so license changes, NCE windows and renewals are partly from"
                        + " the night before.",
                "License mismatches: not reconciled last night; the mismatches below are from no reconciliation: none"
                        + " has run yet.");
    }

    @Test
    void shouldWaitForANightThatIsStillRunning() {
        List<JobRun> recent = List.of(run(1, 1, "providerAccountSyncJob", "Pax8", "STARTED", "", 2, 0));

        NightOutcome night = NightOutcome.of(recent, NIGHT, RECONCILED_BEFORE);

        assertThat(night.over()).isFalse();
        assertThat(night.complete()).isFalse();
        assertThat(night.failed()).isEmpty();
    }

    @Test
    void shouldLeaveOutRunsPeopleStartedAndRunsOfOtherNights() {
        List<JobRun> recent = List.of(
                run(3, 3, "providerAccountSyncJob", "Pax8", "FAILED", "Pax8 is unavailable.", 2, 0, Trigger.MANUAL),
                run(2, 2, "providerAccountSyncJob", "Pax8", "FAILED", "Pax8 is unavailable.", -22, 0));

        NightOutcome night = NightOutcome.of(recent, NIGHT, RECONCILED_BEFORE);

        assertThat(night.runs()).isEmpty();
        assertThat(night.failed()).isEmpty();
    }

    /** A run the schedule started; its hour is on the report's day (negative: the day before). */
    private static JobRun run(long executionId, long instanceId, String job, String provider, String status,
                              String message, int hour, int minute) {
        return run(executionId, instanceId, job, provider, status, message, hour, minute, Trigger.SCHEDULED);
    }

    private static JobRun run(long executionId, long instanceId, String job, String provider, String status,
                              String message, int hour, int minute, Trigger trigger) {
        Instant started = REPORT.atStartOfDay(UTC).toInstant().plus(Duration.ofHours(hour).plusMinutes(minute));
        return new JobRun(executionId, instanceId, job, provider == null ? null : 7L, provider, null, trigger,
                trigger == Trigger.SCHEDULED ? "scheduler" : "clerk", REPORT, 1, status, status, message, started,
                started, Duration.ZERO, 0, 0, 0, 0, new JobProgress(0, null, 0), null, false);
    }
}
