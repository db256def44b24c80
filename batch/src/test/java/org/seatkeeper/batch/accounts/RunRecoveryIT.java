package org.seatkeeper.batch.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.seatkeeper.batch.accounts.SyncFixture.NIGHT_ONE;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.seatkeeper.batch.jobs.JobParametersFor;
import org.seatkeeper.batch.jobs.JobRefusedException;
import org.seatkeeper.batch.jobs.JobRequest;
import org.seatkeeper.batch.jobs.JobRun;
import org.seatkeeper.batch.jobs.JobStart;
import org.seatkeeper.batch.jobs.RunMessages;
import org.seatkeeper.emulator.Api;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** What a person sees of runs a crash interrupted or someone else already restarted, and what a restart does then. */
class RunRecoveryIT {

    @Test
    void shouldSayInWordsThatACrashInterruptedARunAndLetItBeRestarted() {
        try (SyncFixture f = new SyncFixture(30)) {
            // given a run a killed Seatkeeper left "running" in the middle of its first step
            long id = runLeftRunningByACrash(f);

            // when Seatkeeper starts again
            f.restartSeatkeeper();
            int recovered = f.runner.recoverInterrupted();

            // then the run failed, says why in words, and can be restarted to the end
            assertThat(recovered).isEqualTo(1);
            JobRun interrupted = f.history.find(id).orElseThrow();
            assertThat(interrupted.status()).isEqualTo("FAILED");
            assertThat(interrupted.exitMessage())
                    .isEqualTo("interrupted: Seatkeeper stopped unexpectedly while this ran.")
                    .isEqualTo(RunMessages.INTERRUPTED);
            assertThat(interrupted.restartable()).isTrue();
            JobStart restart = f.runner.restart(id);
            assertThat(f.runner.awaitCompletion(restart.executionId(), Duration.ofMinutes(5)))
                    .isEqualTo(BatchStatus.COMPLETED);
            assertThat(f.accounts()).isEqualTo(30);
        }
    }

    @Test
    void shouldShowAFailedRunRestartedToCompletionAsSupersededAndRefuseItsStaleRestartInWords() {
        try (SyncFixture f = new SyncFixture(30)) {
            // given a failed night that someone restarted to completion
            f.emulator.control().failAfter(Api.PARTNER_CENTER, 0, 503);
            JobRun failed = f.syncNight(NIGHT_ONE);
            f.emulator.control().clearFaults(Api.PARTNER_CENTER);
            JobStart restart = f.runner.restart(failed.executionId());
            f.runner.awaitCompletion(restart.executionId(), Duration.ofMinutes(5));

            // when a page that still shows the failed run's Restart button is used
            // then the restart is refused with a sentence naming the run that completed it, and nothing starts
            assertThatThrownBy(() -> f.runner.restart(failed.executionId()))
                    .isInstanceOf(JobRefusedException.class)
                    .hasMessage("#" + failed.executionId() + " was already restarted as #" + restart.executionId()
                            + ", which completed: nothing is left to restart.");
            assertThat(f.history.recent(10)).hasSize(2);
            JobRun superseded = f.history.find(failed.executionId()).orElseThrow();
            assertThat(superseded.superseded()).isTrue();
            assertThat(superseded.restartedAs()).isEqualTo(restart.executionId());
            assertThat(superseded.restartable()).isFalse();
            JobRun completed = f.history.find(restart.executionId()).orElseThrow();
            assertThat(completed.superseded()).isFalse();
            assertThat(completed.restartedAs()).isNull();
        }
    }

    @Test
    void shouldRefuseToRestartARunWhoseRestartFailedTooAndNameTheOneToRestart() {
        try (SyncFixture f = new SyncFixture(30)) {
            // given a failed night whose restart failed as well
            f.emulator.control().failAfter(Api.PARTNER_CENTER, 0, 503);
            JobRun failed = f.syncNight(NIGHT_ONE);
            JobStart again = f.runner.restart(failed.executionId());
            f.runner.awaitCompletion(again.executionId(), Duration.ofMinutes(5));

            // then the first one is not restartable any more and points at the second, which is
            assertThatThrownBy(() -> f.runner.restart(failed.executionId()))
                    .isInstanceOf(JobRefusedException.class)
                    .hasMessage("#" + failed.executionId() + " was already restarted as #" + again.executionId()
                            + ", which did not finish either: restart #" + again.executionId() + " instead.");
            assertThat(f.history.find(failed.executionId()).orElseThrow().restartable()).isFalse();
            assertThat(f.history.find(failed.executionId()).orElseThrow().superseded()).isFalse();
            assertThat(f.history.find(again.executionId()).orElseThrow().restartable()).isTrue();
        }
    }

    /** The rows a process killed during the sync's first step leaves: execution and step STARTED, no end. */
    private static long runLeftRunningByACrash(SyncFixture f) {
        JobRepository repository = f.batch.jobRepository();
        JobParameters parameters = new JobParametersBuilder()
                .addLong(JobParametersFor.PROVIDER_ID, f.providerId, true)
                .addLocalDate(JobParametersFor.BUSINESS_DATE, NIGHT_ONE, true)
                .addLong(JobParametersFor.RUN, 1L, true)
                .addString(JobParametersFor.REQUESTED_BY, JobRequest.SCHEDULER, false)
                .addString(JobParametersFor.TRIGGER, JobRequest.Trigger.SCHEDULED.name(), false)
                .toJobParameters();
        JobExecution execution = repository.createJobExecution(
                repository.createJobInstance(ProviderAccountSyncJobConfiguration.JOB_NAME, parameters), parameters,
                new ExecutionContext());
        execution.setStartTime(LocalDateTime.now());
        execution.setStatus(BatchStatus.STARTED);
        repository.update(execution);
        StepExecution step = repository.createStepExecution(ProviderAccountSyncJobConfiguration.SYNC_STEP, execution);
        step.setStartTime(LocalDateTime.now());
        step.setStatus(BatchStatus.STARTED);
        repository.update(step);
        return execution.getId();
    }
}
