package org.seatkeeper.app.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seatkeeper.db.jooq.Tables.PROVIDER_ACCOUNT;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.app.support.RunningApp;
import org.seatkeeper.batch.jobs.JobParametersFor;
import org.seatkeeper.batch.jobs.JobRequest;
import org.seatkeeper.batch.jobs.JobRunner;
import org.seatkeeper.batch.subscriptionsync.SubscriptionSyncJobConfiguration;
import org.seatkeeper.db.accounts.AccountMappings;
import org.seatkeeper.db.audit.AuditFilter;
import org.seatkeeper.db.catalog.BillingCycle;
import org.seatkeeper.db.contracts.BillingContractRepository;
import org.seatkeeper.db.contracts.ContractTerms;
import org.seatkeeper.db.customers.CustomerDetails;
import org.seatkeeper.db.customers.CustomerRepository;
import org.seatkeeper.db.providers.Provider;
import org.seatkeeper.db.providers.ProviderDetails;
import org.seatkeeper.db.providers.ProviderRepository;
import org.seatkeeper.db.users.Role;
import org.seatkeeper.emulator.Api;
import org.seatkeeper.emulator.DemoCredentials;
import org.seatkeeper.emulator.EmulatorSettings;
import org.seatkeeper.emulator.ProviderEmulator;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.core.task.TaskRejectedException;

class JobJourneysIT {

    private static ProviderEmulator emulator;
    private static RunningApp app;
    private WebClient browser;

    @BeforeAll
    static void start() {
        emulator = ProviderEmulator.start(EmulatorSettings.defaults().withTenants(8).withProspects(0));
        app = RunningApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
        emulator.close();
    }

    @BeforeEach
    void openBrowser() {
        browser = RunningApp.browser();
        // the jobs page reloads itself while a run runs; the test looks again when the run has finished
        browser.setRefreshHandler((page, url, seconds) -> { });
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void shouldStartASyncByHandAndShowTheFinishedRunWithItsCounts() throws Exception {
        // given
        long providerId = addProvider("Partner Center (jobs)", emulator.credentials().partnerCenter().clientSecret());
        app.signInAsAdmin(browser);
        HtmlPage jobs = browser.getPage(app.url("/jobs"));
        HtmlForm start = (HtmlForm) jobs.getElementById("start-job");
        start.getSelectByName("providerId").setSelectedAttribute(String.valueOf(providerId), true);

        // when
        HtmlPage started = submit(start);
        long runId = runIdOf(started);
        assertThat(started.asNormalizedText()).contains("Provider account sync started.");
        assertThat(app.application().jobs().runner().awaitCompletion(runId, Duration.ofMinutes(5))).isEqualTo(BatchStatus.COMPLETED);

        // then the run page and the list show the finished run with its counts
        HtmlPage run = browser.getPage(started.getUrl());
        assertThat(run.getElementById("run-facts").asNormalizedText()).contains("Read\n8").contains("Written\n8").contains("Rejected\n0");
        assertThat(run.asNormalizedText()).contains("completed").contains("This run rejected no records.");
        HtmlPage list = browser.getPage(app.url("/jobs"));
        assertThat(list.getElementById("runs").asNormalizedText()).contains("#" + runId).contains("Provider account sync")
                .contains("Partner Center (jobs)").contains("completed");
    }

    @Test
    void shouldRestartAFailedRunWhereItStopped() throws Exception {
        // given a run that failed because the provider refused the credentials
        long providerId = addProvider("Partner Center (wrong secret)", "not-the-secret");
        app.signInAsAdmin(browser);
        long failedId = app.application().jobs().syncs().startNow(providerId, "admin").executionId();
        assertThat(app.application().jobs().runner().awaitCompletion(failedId, Duration.ofMinutes(5))).isEqualTo(BatchStatus.FAILED);
        HtmlPage failed = browser.getPage(app.url("/jobs/" + failedId));
        assertThat(failed.asNormalizedText()).contains("failed").contains("refused the credentials");

        // when the credentials are corrected and the run is restarted
        fixSecret(providerId);
        HtmlPage restarted = click(failed, "Restart where it stopped");
        assertThat(restarted.asNormalizedText()).contains("The run was restarted where it stopped.");
        long restartedId = runIdOf(restarted);
        assertThat(app.application().jobs().runner().awaitCompletion(restartedId, Duration.ofMinutes(5))).isEqualTo(BatchStatus.COMPLETED);

        // then the same business day's run completes
        HtmlPage done = browser.getPage(restarted.getUrl());
        assertThat(done.asNormalizedText()).contains("completed").contains("Partner Center (wrong secret)")
                .doesNotContain("Restart where it stopped");
    }

    @Test
    void shouldShowARunRestartedToCompletionAsSupersededAndAnswerAStaleRestartInWords() throws Exception {
        // given a failed run, and a person who has the jobs page open with its Restart button
        long providerId = addProvider("Partner Center (stale restart)", "not-the-secret");
        JobRunner runner = app.application().jobs().runner();
        long failedId = app.application().jobs().syncs().startNow(providerId, "admin").executionId();
        assertThat(runner.awaitCompletion(failedId, Duration.ofMinutes(5))).isEqualTo(BatchStatus.FAILED);
        app.signInAsAdmin(browser);
        HtmlPage open = browser.getPage(app.url("/jobs"));
        HtmlForm staleRestart = open.getFirstByXPath("//form[@action='/jobs/" + failedId + "/restart']");

        // when someone else corrects the credentials and restarts the run to completion, then the button is pressed
        fixSecret(providerId);
        long restartedId = runner.restart(failedId).executionId();
        assertThat(runner.awaitCompletion(restartedId, Duration.ofMinutes(5))).isEqualTo(BatchStatus.COMPLETED);
        HtmlPage answer = submit(staleRestart);

        // then the jobs page says what happened, in words, and shows the failed run superseded, without its button
        assertThat(answer.getUrl().getPath()).isEqualTo("/jobs");
        assertThat(answer.getWebResponse().getStatusCode()).isEqualTo(200);
        assertThat(((DomElement) answer.getFirstByXPath("//div[contains(@class,'flash-error')]")).asNormalizedText())
                .isEqualTo("#" + failedId + " was already restarted as #" + restartedId
                        + ", which completed: nothing is left to restart.");
        assertThat(answer.asNormalizedText()).doesNotContain("Exception").doesNotContain("JobInstance")
                .doesNotContain("parameters=").doesNotContain("providerAccountSyncJob");
        DomElement failedRow = rowOf(answer, failedId);
        assertThat(failedRow.asNormalizedText()).contains("superseded").contains("refused the credentials")
                .contains("Restarted as #" + restartedId + ", which completed.");
        assertThat(failedRow.getByXPath(".//button")).isEmpty();
        assertThat(rowOf(answer, restartedId).asNormalizedText()).contains("completed");
        HtmlPage failedRun = browser.getPage(app.url("/jobs/" + failedId));
        assertThat(failedRun.getElementById("run-status").asNormalizedText()).startsWith("superseded")
                .endsWith("Restarted as #" + restartedId + ", which completed.");
        assertThat(failedRun.asNormalizedText()).doesNotContain("Restart where it stopped");
        // and nothing ran a third time
        assertThat(app.application().jobs().history().find(restartedId).orElseThrow().restartedAs()).isNull();
    }

    @Test
    void shouldSayInWordsWhyARunFailedAndNeverShowAStackTrace() throws Exception {
        // given a run the executor refused while Seatkeeper was stopping: Spring Batch keeps the stack trace as its
        // exit description
        long id = recordRunRefusedAtShutdown();
        app.signInAsAdmin(browser);

        // when the jobs page and the run's page are opened
        HtmlPage list = browser.getPage(app.url("/jobs"));
        HtmlPage run = browser.getPage(app.url("/jobs/" + id));

        // then both say why in words, without the trace, and offer the restart
        assertThat(rowOf(list, id).asNormalizedText()).contains("failed")
                .contains("not started: Seatkeeper was shutting down.").doesNotContain("Exception")
                .doesNotContain("at org.");
        assertThat(run.getElementById("run-status").asNormalizedText())
                .isEqualTo("failed not started: Seatkeeper was shutting down.");
        assertThat(run.asNormalizedText()).doesNotContain("TaskRejectedException").doesNotContain("at org.")
                .contains("Restart where it stopped");
    }

    @Test
    void shouldNameTheContractOfASubscriptionSyncStartedOnTheContractPage() throws Exception {
        // given a contract whose customer has a mapped account of a synced provider
        long providerId = addProvider("Partner Center (contract sync)", emulator.credentials().partnerCenter().clientSecret());
        JobRunner runner = app.application().jobs().runner();
        long accountSync = app.application().jobs().syncs().startNow(providerId, "admin").executionId();
        assertThat(runner.awaitCompletion(accountSync, Duration.ofMinutes(5))).isEqualTo(BatchStatus.COMPLETED);
        long contract = contractOfAMappedAccount(providerId);
        app.signInAsAdmin(browser);

        // when "Sync subscriptions" is pressed on the contract's page and the run finishes
        HtmlPage page = browser.getPage(app.url("/contracts/" + contract));
        ((HtmlButton) page.getFirstByXPath("//form[@action='/contracts/" + contract + "/sync']//button")).click();
        assertThat(runner.awaitCompletion(contractSyncOf(contract), Duration.ofMinutes(5)))
                .isEqualTo(BatchStatus.COMPLETED);

        // then the jobs list names the contract the run was for, with a link to it
        DomElement runs = browser.<HtmlPage>getPage(app.url("/jobs")).getElementById("runs");
        assertThat(runs.asNormalizedText()).contains("Subscription sync — contract #" + contract);
        assertThat(runs.getByXPath(".//a[@href='/contracts/" + contract + "']")).hasSize(1);
    }

    @Test
    void shouldAnswerNotFoundForARunThatDoesNotExist() throws Exception {
        app.signInAsAdmin(browser);
        HtmlPage missing = browser.getPage(app.url("/jobs/9999999"));
        assertThat(missing.getWebResponse().getStatusCode()).isEqualTo(404);
        assertThat(missing.asNormalizedText()).contains("That job run");
    }

    @Test
    void shouldShowAViewerTheRunsWithoutButtons() throws Exception {
        app.createUser("vic", Role.VIEWER);
        app.signIn(browser, "vic");
        HtmlPage jobs = browser.getPage(app.url("/jobs"));
        assertThat(jobs.asNormalizedText()).contains("Nightly run: 0 0 2 * * *");
        assertThat(jobs.getByXPath("//button[not(ancestor::form[@action='/logout'])]")).isEmpty();
    }

    private static long addProvider(String name, String secret) {
        DemoCredentials.PartnerCenter pc = emulator.credentials().partnerCenter();
        return providers().insert(new ProviderDetails(name, "PARTNER_CENTER", true, "USD", emulator.apiBaseUri(Api.PARTNER_CENTER).toString(),
                        emulator.tokenUri(Api.PARTNER_CENTER).toString(), Set.of("US")),
                app.application().jobs().credentials().encrypt(credentials(secret)), Instant.now());
    }

    private static long contractOfAMappedAccount(long providerId) {
        var context = app.application().context();
        var dsl = context.database().dsl();
        long customer = new CustomerRepository(dsl).insert(CustomerDetails.named("Fabrikam (contract sync)", null),
                Instant.now());
        long account = dsl.select(PROVIDER_ACCOUNT.ID).from(PROVIDER_ACCOUNT)
                .where(PROVIDER_ACCOUNT.PROVIDER_ID.eq(providerId)).orderBy(PROVIDER_ACCOUNT.ID).limit(1)
                .fetchOne(PROVIDER_ACCOUNT.ID);
        new AccountMappings(dsl).map(account, customer, "admin", Instant.now());
        return new BillingContractRepository(dsl, context.clock()).insert(customer, new ContractTerms("Main", "USD",
                BillingCycle.MONTHLY, 1, LocalDate.of(2026, 1, 1), null), false);
    }

    /** The run "Sync subscriptions" started, from the audit entry it wrote: no sleeping until it shows up. */
    private static long contractSyncOf(long contract) {
        Pattern run = Pattern.compile("\\(run (\\d+)\\)");
        return app.application().context().audit().find(AuditFilter.none(), 0, 50).stream()
                .filter(e -> e.action().equals("START_SUBSCRIPTION_SYNC") && e.entityId().equals(String.valueOf(contract)))
                .map(e -> run.matcher(e.summary())).filter(Matcher::find).map(m -> Long.parseLong(m.group(1)))
                .findFirst().orElseThrow();
    }

    private static void fixSecret(long providerId) {
        Provider provider = providers().find(providerId).orElseThrow();
        providers().replaceCredentials(providerId, app.application().jobs().credentials()
                .encrypt(credentials(emulator.credentials().partnerCenter().clientSecret())), provider.version());
    }

    private static Map<String, String> credentials(String secret) {
        DemoCredentials.PartnerCenter pc = emulator.credentials().partnerCenter();
        return Map.of("partnerTenantId", pc.partnerTenantId(), "clientId", pc.clientId(), "clientSecret", secret,
                "refreshToken", pc.refreshToken());
    }

    private static ProviderRepository providers() {
        return new ProviderRepository(app.application().context().database().dsl());
    }

    private static DomElement rowOf(HtmlPage page, long runId) {
        DomElement row = page.getFirstByXPath("//table[@id='runs']//tr[td/a[@href='/jobs/" + runId + "']]");
        if (row == null) {
            throw new AssertionError("The jobs page lists no run #" + runId);
        }
        return row;
    }

    /** A scheduled subscription sync of a day long past, as Spring Batch leaves a run its closed executor refused. */
    private static long recordRunRefusedAtShutdown() {
        JobRepository repository = app.application().jobs().batch().jobRepository();
        JobParameters parameters = new JobParametersBuilder()
                .addLocalDate(JobParametersFor.BUSINESS_DATE, LocalDate.of(2020, 2, 2), true)
                .addLong(JobParametersFor.RUN, 1L, true)
                .addString(JobParametersFor.REQUESTED_BY, JobRequest.SCHEDULER, false)
                .addString(JobParametersFor.TRIGGER, JobRequest.Trigger.SCHEDULED.name(), false)
                .toJobParameters();
        JobExecution execution = repository.createJobExecution(
                repository.createJobInstance(SubscriptionSyncJobConfiguration.JOB_NAME, parameters), parameters,
                new ExecutionContext());
        execution.upgradeStatus(BatchStatus.FAILED);
        execution.setExitStatus(ExitStatus.FAILED.addExitDescription(
                new TaskRejectedException("Executor has been shut down")));
        repository.update(execution);
        return execution.getId();
    }

    private static long runIdOf(HtmlPage runPage) {
        String path = runPage.getUrl().getPath();
        return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
    }

    private static HtmlPage click(HtmlPage page, String text) throws Exception {
        for (Object element : page.getByXPath("//button")) {
            if (((HtmlButton) element).getTextContent().trim().equals(text)) {
                return ((HtmlButton) element).click();
            }
        }
        throw new AssertionError("No button " + text);
    }

    private static HtmlPage submit(HtmlForm form) throws Exception {
        return ((HtmlButton) form.getFirstByXPath(".//button[@type='submit']")).click();
    }
}
