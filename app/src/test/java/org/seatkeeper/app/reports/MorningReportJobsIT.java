package org.seatkeeper.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.seatkeeper.app.support.AdminBrowserFixture;
import org.seatkeeper.batch.accounts.ProviderAccountSyncJobConfiguration;
import org.seatkeeper.batch.jobs.JobParametersFor;
import org.seatkeeper.batch.jobs.JobRequest;
import org.seatkeeper.batch.mismatch.MismatchJobConfiguration;
import org.seatkeeper.batch.subscriptionsync.SubscriptionSyncJobConfiguration;
import org.seatkeeper.db.providers.ProviderDetails;
import org.seatkeeper.db.providers.ProviderRepository;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * "Last night's jobs" of a morning report lists the runs the nightly schedule started for that report, not what people
 * started during the day; those are listed apart. The settings' defaults apply: the night at 02:00, the report at
 * 07:00, UTC. Runs are recorded in the job repository as the jobs would have left them, at chosen times.
 */
class MorningReportJobsIT extends AdminBrowserFixture {

    private static final LocalDate REPORT = LocalDate.of(2026, 3, 10);
    private static final ZoneId UTC = ZoneId.of("UTC");

    @Test
    void shouldListTheNightsScheduledRunsAndApartWhatPeopleStartedSinceYesterdaysReport() throws Exception {
        // given the night before the report, the night before that, and runs people started around them
        long provider = new ProviderRepository(app.application().context().database().dsl()).insert(
                new ProviderDetails("Partner Center", "PARTNER_CENTER", true, "USD", null, null, Set.of("US")), null,
                Instant.now());
        String accounts = ProviderAccountSyncJobConfiguration.JOB_NAME;
        record(accounts, provider, null, JobRequest.scheduled(provider, REPORT.minusDays(1)), at(REPORT.minusDays(1), 2, 0),
                BatchStatus.FAILED);
        record(SubscriptionSyncJobConfiguration.JOB_NAME, null, 12L, JobRequest.manual(null, REPORT.minusDays(1), "clerk"),
                at(REPORT.minusDays(1), 15, 0), BatchStatus.COMPLETED);
        record(accounts, provider, null, JobRequest.scheduled(provider, REPORT), at(REPORT, 2, 0), BatchStatus.COMPLETED);
        // the reconciliation of a slow night starts after the send time: the report waits for it
        record(MismatchJobConfiguration.JOB_NAME, null, null, JobRequest.scheduled(null, REPORT), at(REPORT, 7, 20),
                BatchStatus.COMPLETED);
        // the day's second account sync (run 2), started by the clerk this afternoon: it belongs to tomorrow's report
        record(accounts, provider, null, JobRequest.manual(provider, REPORT, "clerk"), at(REPORT, 15, 0),
                BatchStatus.COMPLETED);

        // when the report of that day is opened
        HtmlPage page = browser.getPage(app.url("/reports/morning?date=" + REPORT));

        // then last night is the night's two scheduled runs, and the clerk's run of yesterday afternoon is apart
        String night = page.getElementById("section-jobs").asNormalizedText();
        assertThat(night).startsWith("Last night's jobs: 2 ok, 0 failed")
                .contains("Provider account sync · Partner Center").contains("License reconciliation")
                .doesNotContain("FAILED").doesNotContain("Subscription sync");
        String byHand = page.getElementById("section-jobs-by-hand").asNormalizedText();
        assertThat(byHand).startsWith("Started by hand since yesterday's report (1)")
                .contains("Subscription sync — contract #12").contains("by clerk")
                .doesNotContain("Provider account sync");
    }

    private static Instant at(LocalDate date, int hour, int minute) {
        return date.atTime(hour, minute).atZone(UTC).toInstant();
    }

    /** A finished run as the job runner (or a contract's "Sync subscriptions") would have left it: run n of its day. */
    private void record(String job, Long providerId, Long contractId, JobRequest request, Instant started,
                        BatchStatus status) {
        JobRepository repository = app.application().jobs().batch().jobRepository();
        long run = 1;
        while (repository.getJobInstance(job, parameters(providerId, contractId, request, run)) != null) {
            run++;
        }
        JobParameters parameters = parameters(providerId, contractId, request, run);
        JobExecution execution = repository.createJobExecution(repository.createJobInstance(job, parameters),
                parameters, new ExecutionContext());
        // Spring Batch keeps local date-times in the JVM's zone
        execution.setStartTime(LocalDateTime.ofInstant(started, ZoneId.systemDefault()));
        execution.setEndTime(LocalDateTime.ofInstant(started.plusSeconds(60), ZoneId.systemDefault()));
        execution.setStatus(status);
        execution.setExitStatus(status == BatchStatus.COMPLETED ? ExitStatus.COMPLETED : ExitStatus.FAILED);
        repository.update(execution);
    }

    private static JobParameters parameters(Long providerId, Long contractId, JobRequest request, long run) {
        JobParametersBuilder parameters = new JobParametersBuilder();
        if (providerId != null) {
            parameters.addLong(JobParametersFor.PROVIDER_ID, providerId, true);
        }
        if (contractId != null) {
            parameters.addLong(JobParametersFor.CONTRACT_ID, contractId, true);
        }
        return parameters.addLocalDate(JobParametersFor.BUSINESS_DATE, request.businessDate(), true)
                .addLong(JobParametersFor.RUN, run, true)
                .addString(JobParametersFor.REQUESTED_BY, request.requestedBy(), false)
                .addString(JobParametersFor.TRIGGER, request.trigger().name(), false)
                .toJobParameters();
    }
}
