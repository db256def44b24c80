package org.seatkeeper.app.mismatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlTableRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.seatkeeper.app.support.AdminBrowserFixture;
import org.seatkeeper.app.support.SyncedPartnerCenter;
import org.seatkeeper.batch.jobs.JobRun;
import org.seatkeeper.batch.mismatch.MismatchJobConfiguration;
import org.seatkeeper.db.accounts.ProviderAccount;
import org.seatkeeper.emulator.Api;
import org.seatkeeper.emulator.EmulatorSettings;
import org.seatkeeper.emulator.ProviderEmulator;
import org.seatkeeper.emulator.Unreadable;
import org.springframework.batch.core.BatchStatus;

/**
 * "Run reconciliation now" with "sync first": a change made at the provider since the last sync is invisible to a
 * plain reconciliation, and seen by one that syncs the subscriptions first.
 */
class SyncFirstReconciliationIT extends AdminBrowserFixture {

    private static final Pattern RUN = Pattern.compile("\\(run (\\d+)\\)");

    private ProviderEmulator emulator;
    private String subscriptionAtProvider;

    @BeforeAll
    void aCustomerWithSyncedSubscriptions() {
        emulator = ProviderEmulator.start(EmulatorSettings.defaults().withTenants(1).withSubscriptionsPerTenant(2)
                .withProspects(0));
        List<ProviderAccount> accounts = SyncedPartnerCenter.addAndSyncAccounts(app, emulator);
        SyncedPartnerCenter.mapAndSyncSubscriptions(app, accounts.get(0), "Adventure Works");
        subscriptionAtProvider = emulator.control().subscriptions(Api.PARTNER_CENTER, accounts.get(0).externalId())
                .get(0).subscriptionId();
    }

    @AfterAll
    void stopTheEmulator() {
        emulator.close();
    }

    @Test
    void shouldSeeTheProviderAsItIsNowWhenTheReconciliationSyncsFirst() throws Exception {
        // given the provider now serves one of the customer's subscriptions in a form nobody can read
        emulator.control().makeUnreadable(Api.PARTNER_CENTER, subscriptionAtProvider, Unreadable.DATE);

        // when the reconciliation runs without a sync, it compares with what the last sync saw: nothing to report
        HtmlPage plain = press(false);
        assertThat(await(runIn(plain))).isEqualTo(BatchStatus.COMPLETED);
        assertThat(browser.<HtmlPage>getPage(app.url("/mismatches")).getElementById("findings").asNormalizedText())
                .doesNotContain("Provider data unreadable");

        // when it syncs first: the subscription sync runs, then the reconciliation after it
        HtmlPage started = press(true);
        assertThat(started.asNormalizedText()).contains("Subscription sync started")
                .contains("the reconciliation follows once it has completed");
        long sync = runIn(started);
        assertThat(await(sync)).isEqualTo(BatchStatus.COMPLETED);
        JobRun reconciliation = app.application().jobs().history().recent(10).stream()
                .filter(r -> r.jobName().equals(MismatchJobConfiguration.JOB_NAME) && r.executionId() > sync)
                .findFirst().orElseThrow();
        assertThat(await(reconciliation.executionId())).isEqualTo(BatchStatus.COMPLETED);

        // then the report shows what the provider serves now
        assertThat(browser.<HtmlPage>getPage(app.url("/mismatches")).getElementById("findings").asNormalizedText())
                .contains("Provider data unreadable").contains("Adventure Works");
        // and the jobs page lists both runs, as people started them
        String jobs = browser.<HtmlPage>getPage(app.url("/jobs")).getElementById("runs").asNormalizedText();
        assertThat(jobs).contains("#" + sync).contains("#" + reconciliation.executionId()).contains("Subscription sync")
                .contains("License reconciliation");
        // the sync's row counts the record it could not read as rejected, linked to the run's list of them
        HtmlTableRow syncRow = browser.<HtmlPage>getPage(app.url("/jobs"))
                .getFirstByXPath("//table[@id='runs']//tr[td/a[text()='#" + sync + "']]");
        assertThat(syncRow.getCell(9).asNormalizedText()).isEqualTo("1");
        assertThat(syncRow.getCell(9).<Object>getFirstByXPath(".//a[@href='/jobs/" + sync + "#rejected']")).isNotNull();
    }

    private HtmlPage press(boolean syncFirst) throws Exception {
        HtmlPage report = browser.getPage(app.url("/mismatches"));
        ((HtmlCheckBoxInput) report.getElementById("syncFirst")).setChecked(syncFirst);
        return ((HtmlButton) report.getFirstByXPath("//form[@id='run-now']//button")).click();
    }

    private static long runIn(HtmlPage page) {
        Matcher m = RUN.matcher(page.asNormalizedText());
        assertThat(m.find()).as("a run number in: %s", page.asNormalizedText()).isTrue();
        return Long.parseLong(m.group(1));
    }

    private BatchStatus await(long executionId) {
        return app.application().jobs().runner().awaitCompletion(executionId, Duration.ofMinutes(2));
    }
}
