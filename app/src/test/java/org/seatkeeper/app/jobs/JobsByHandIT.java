package org.seatkeeper.app.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlTableRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.app.support.AdminBrowserFixture;
import org.seatkeeper.app.support.SyncedPartnerCenter;
import org.seatkeeper.db.accounts.ProviderAccount;
import org.seatkeeper.emulator.Api;
import org.seatkeeper.emulator.EmulatorSettings;
import org.seatkeeper.emulator.ProviderEmulator;
import org.springframework.batch.core.BatchStatus;

/** Every job of the night started by hand from the Jobs page, its progress while a provider is slow, its guards. */
class JobsByHandIT extends AdminBrowserFixture {

    private static final Pattern RUN = Pattern.compile("/jobs/(\\d+)");

    private ProviderEmulator emulator;

    @BeforeAll
    void aCustomerWithSyncedSubscriptions() {
        emulator = ProviderEmulator.start(EmulatorSettings.defaults().withTenants(1).withSubscriptionsPerTenant(2)
                .withProspects(0));
        List<ProviderAccount> accounts = SyncedPartnerCenter.addAndSyncAccounts(app, emulator);
        SyncedPartnerCenter.mapAndSyncSubscriptions(app, accounts.get(0), "Adventure Works");
    }

    @AfterAll
    void stopTheEmulator() {
        emulator.close();
    }

    @BeforeEach
    void noSelfRefresh() {
        browser.setRefreshHandler((page, url, seconds) -> { }); // the pages reload themselves while a job runs
    }

    @Test
    void shouldSayWhatAJobFetchesWhileTheProviderIsSlowAndRefuseASecondRun() throws Exception {
        emulator.control().holdAnswers(Api.PARTNER_CENTER);
        try {
            // when the subscription sync of every contract is started by hand while the provider holds its answers
            HtmlPage started = press("start-subscriptionSyncJob");
            long sync = runOf(started);
            assertThat(started.asNormalizedText()).contains("Subscription sync started");
            assertThat(emulator.control().awaitHeldAnswers(Api.PARTNER_CENTER, 1, Duration.ofSeconds(30))).isEqualTo(1);

            // then the jobs list says what it is waiting for, not "page 0"
            assertThat(row(browser.getPage(app.url("/jobs")), sync).asNormalizedText())
                    .contains("subscriptions of account 1 of 1").doesNotContain("page 0");
            // and a second start is refused while it runs, as the night would be
            HtmlPage refused = press("start-subscriptionSyncJob");
            assertThat(refused.asNormalizedText()).contains("This job is already running (#" + sync + ")");
        } finally {
            emulator.control().releaseAnswers(Api.PARTNER_CENTER);
        }
        assertThat(await(runOfLatestSubscriptionSync())).isEqualTo(BatchStatus.COMPLETED);

        // the same for a provider's account sync: the page being fetched and the accounts read so far
        emulator.control().holdAnswers(Api.PARTNER_CENTER);
        long accounts;
        try {
            HtmlPage jobs = browser.getPage(app.url("/jobs"));
            HtmlPage started = ((HtmlButton) ((HtmlForm) jobs.getElementById("start-job"))
                    .getFirstByXPath(".//button")).click();
            accounts = runOf(started);
            assertThat(emulator.control().awaitHeldAnswers(Api.PARTNER_CENTER, 1, Duration.ofSeconds(30))).isEqualTo(1);
            assertThat(row(browser.getPage(app.url("/jobs")), accounts).asNormalizedText())
                    .contains("Partner Center: customers page 1 (0 accounts read so far)");
        } finally {
            emulator.control().releaseAnswers(Api.PARTNER_CENTER);
        }
        assertThat(await(accounts)).isEqualTo(BatchStatus.COMPLETED);
    }

    @Test
    void shouldStartTheReconciliationAndTheMorningReportByHand() throws Exception {
        HtmlPage started = press("start-licenseMismatchJob");
        assertThat(started.asNormalizedText()).contains("License reconciliation started");
        assertThat(await(runOf(started))).isEqualTo(BatchStatus.COMPLETED);

        // the morning report needs someone to send it to, and says so
        HtmlPage noRecipients = press("start-morning-report");
        assertThat(noRecipients.asNormalizedText()).contains("The morning report has no recipients yet");
        HtmlPage schedule = browser.getPage(app.url("/reports/schedule"));
        HtmlForm form = (HtmlForm) schedule.getElementById("schedule");
        form.getInputByName("recipients").setValue("billing@reseller.example");
        form.getInputByName("sendTime").setValue("07:00");
        assertThat(((HtmlButton) form.getFirstByXPath(".//button[@type='submit']")).<HtmlPage>click().asNormalizedText())
                .contains("Report schedule saved.");
        HtmlPage sent = press("start-morning-report");
        assertThat(sent.asNormalizedText()).containsAnyOf("Morning report sent to billing@reseller.example",
                "The morning report is queued in the outbox");
        assertThat(browser.<HtmlPage>getPage(app.url("/outbox")).asNormalizedText()).contains("billing@reseller.example");
    }

    private HtmlPage press(String formId) throws Exception {
        HtmlPage jobs = browser.getPage(app.url("/jobs"));
        HtmlForm form = (HtmlForm) jobs.getElementById(formId);
        assertThat(form).as("the form %s on the jobs page", formId).isNotNull();
        return ((HtmlButton) form.getFirstByXPath(".//button")).click();
    }

    private static long runOf(HtmlPage page) {
        Matcher m = RUN.matcher(page.getUrl().getPath());
        assertThat(m.find()).as("a run page, not %s: %s", page.getUrl(), page.asNormalizedText()).isTrue();
        return Long.parseLong(m.group(1));
    }

    private long runOfLatestSubscriptionSync() {
        return app.application().jobs().history().recent(10).stream()
                .filter(r -> r.jobName().equals("subscriptionSyncJob")).findFirst().orElseThrow().executionId();
    }

    private static HtmlTableRow row(HtmlPage jobs, long run) {
        HtmlTableRow row = jobs.getFirstByXPath("//table[@id='runs']//tr[td/a[text()='#" + run + "']]");
        assertThat(row).as("run #%s on the jobs page", run).isNotNull();
        return row;
    }

    private BatchStatus await(long executionId) {
        return app.application().jobs().runner().awaitCompletion(executionId, Duration.ofMinutes(2));
    }
}
