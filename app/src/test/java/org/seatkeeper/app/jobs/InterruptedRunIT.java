package org.seatkeeper.app.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.seatkeeper.app.context.StartOptions;
import org.seatkeeper.app.support.RunningApp;
import org.seatkeeper.batch.jobs.JobParametersFor;
import org.seatkeeper.batch.jobs.JobRequest;
import org.seatkeeper.batch.mismatch.MismatchJobConfiguration;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** A run a crash or kill interrupted is shown, after the next start, as failed with the reason in words. */
class InterruptedRunIT {

    @Test
    void shouldSayOnTheJobsPageThatSeatkeeperStoppedUnexpectedlyWhileARunRan() throws Exception {
        // given a Seatkeeper that was killed while a reconciliation ran (its rows still say "running")
        Path data = RunningApp.tempDirectory();
        RunningApp killed = RunningApp.start(StartOptions.forTest(data));
        long id = recordRunningReconciliation(killed);
        killed.application().close(); // the data directory stays, as after a kill

        // when Seatkeeper starts again on the same data
        try (RunningApp app = RunningApp.start(StartOptions.forTest(data)); WebClient browser = RunningApp.browser()) {
            app.signInAsAdmin(browser);
            HtmlPage jobs = browser.getPage(app.url("/jobs"));

            // then the run is failed, says why in words, and can be restarted
            DomElement row = jobs.getFirstByXPath("//table[@id='runs']//tr[td/a[@href='/jobs/" + id + "']]");
            assertThat(row.asNormalizedText()).contains("failed")
                    .contains("interrupted: Seatkeeper stopped unexpectedly while this ran.");
            assertThat(row.getByXPath(".//button")).hasSize(1);
            HtmlPage run = browser.getPage(app.url("/jobs/" + id));
            assertThat(run.getElementById("run-status").asNormalizedText())
                    .isEqualTo("failed interrupted: Seatkeeper stopped unexpectedly while this ran.");
        }
    }

    private static long recordRunningReconciliation(RunningApp app) {
        JobRepository repository = app.application().jobs().batch().jobRepository();
        JobParameters parameters = new JobParametersBuilder()
                .addLocalDate(JobParametersFor.BUSINESS_DATE, LocalDate.of(2026, 3, 10), true)
                .addLong(JobParametersFor.RUN, 1L, true)
                .addString(JobParametersFor.REQUESTED_BY, JobRequest.SCHEDULER, false)
                .addString(JobParametersFor.TRIGGER, JobRequest.Trigger.SCHEDULED.name(), false)
                .toJobParameters();
        JobExecution execution = repository.createJobExecution(
                repository.createJobInstance(MismatchJobConfiguration.JOB_NAME, parameters), parameters,
                new ExecutionContext());
        execution.setStartTime(LocalDateTime.now());
        execution.setStatus(BatchStatus.STARTED);
        repository.update(execution);
        return execution.getId();
    }
}
