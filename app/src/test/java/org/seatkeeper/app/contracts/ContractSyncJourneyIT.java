package org.seatkeeper.app.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seatkeeper.db.jooq.Tables.PROVIDER_ACCOUNT;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.seatkeeper.app.subscriptions.BillingData;
import org.seatkeeper.app.support.RunningApp;
import org.seatkeeper.batch.accounts.ProviderAccountSyncJobConfiguration;
import org.seatkeeper.batch.jobs.JobRequest;
import org.seatkeeper.batch.providers.CredentialsCodec;
import org.seatkeeper.db.accounts.AccountMappings;
import org.seatkeeper.db.audit.AuditFilter;
import org.seatkeeper.db.catalog.BillingCycle;
import org.seatkeeper.db.contracts.BillingContractRepository;
import org.seatkeeper.db.contracts.ContractTerms;
import org.seatkeeper.db.providers.ProviderDetails;
import org.seatkeeper.db.providers.ProviderRepository;
import org.seatkeeper.emulator.Api;
import org.seatkeeper.emulator.DemoCredentials;
import org.seatkeeper.emulator.EmulatorSettings;
import org.seatkeeper.emulator.ProviderEmulator;
import org.springframework.batch.core.BatchStatus;

/**
 * "Sync subscriptions" on a contract in GBP whose customer's provider subscriptions are in USD: they land on a new
 * USD contract (DOMAIN.md), and the contract's page says so instead of looking as if nothing came.
 */
class ContractSyncJourneyIT {

    private static final Pattern RUN = Pattern.compile("\\(run (\\d+)\\)");

    @Test
    void shouldSayWhenTheSyncPutTheSubscriptionsOnANewContractInAnotherCurrency() throws Exception {
        try (ProviderEmulator emulator = ProviderEmulator.start(EmulatorSettings.defaults().withTenants(2)
                .withSubscriptionsPerTenant(3).withProspects(0));
             RunningApp app = RunningApp.start(); WebClient browser = RunningApp.browser()) {
            // given a Partner Center provider (USD) whose first account is mapped to a customer with a GBP contract
            var context = app.application().context();
            var runner = app.application().jobs().runner();
            DemoCredentials.PartnerCenter pc = emulator.credentials().partnerCenter();
            long provider = new ProviderRepository(context.database().dsl()).insert(new ProviderDetails(
                    "Partner Center", "PARTNER_CENTER", true, "USD", emulator.apiBaseUri(Api.PARTNER_CENTER).toString(),
                    emulator.tokenUri(Api.PARTNER_CENTER).toString(), Set.of("US")),
                    new CredentialsCodec(context.secrets()).encrypt(Map.of("partnerTenantId", pc.partnerTenantId(),
                            "clientId", pc.clientId(), "clientSecret", pc.clientSecret(), "refreshToken",
                            pc.refreshToken())), context.clock().instant());
            long accountSync = runner.start(ProviderAccountSyncJobConfiguration.JOB_NAME,
                    JobRequest.manual(provider, java.time.LocalDate.now(context.clock()), "admin")).executionId();
            assertThat(runner.awaitCompletion(accountSync, Duration.ofMinutes(5))).isEqualTo(BatchStatus.COMPLETED);
            BillingData data = new BillingData(context.database(), context.clock(), "contract-sync");
            long customer = data.customer("Adventure Pharmacy");
            long account = context.database().dsl().select(PROVIDER_ACCOUNT.ID).from(PROVIDER_ACCOUNT)
                    .where(PROVIDER_ACCOUNT.PROVIDER_ID.eq(provider)).orderBy(PROVIDER_ACCOUNT.ID).limit(1)
                    .fetchOne(PROVIDER_ACCOUNT.ID);
            new AccountMappings(context.database().dsl()).map(account, customer, "admin", context.clock().instant());
            long contract = new BillingContractRepository(context.database().dsl(), context.clock()).insert(customer,
                    new ContractTerms("UK", "GBP", BillingCycle.MONTHLY, 1, BillingData.START, null), false);
            app.signInAsAdmin(browser);
            browser.setRefreshHandler((refreshed, url, seconds) -> { }); // the page refreshes itself while syncing

            // when "Sync subscriptions" is pressed on the GBP contract and the run finishes
            HtmlPage page = browser.getPage(app.url("/contracts/" + contract));
            HtmlButton sync = page.getFirstByXPath("//form[@action='/contracts/" + contract + "/sync']//button");
            sync.click();
            assertThat(runner.awaitCompletion(runOf(app, contract), Duration.ofMinutes(5)))
                    .isEqualTo(BatchStatus.COMPLETED);

            // then the page says where the subscriptions went
            HtmlPage after = browser.getPage(app.url("/contracts/" + contract));
            assertThat(after.getElementById("sync-status").asNormalizedText()).startsWith("completed")
                    .contains("1 new contract for subscriptions in another currency: see the customer's page");
            assertThat(browser.<HtmlPage>getPage(app.url("/customers/" + customer)).getElementById("contracts")
                    .asNormalizedText()).contains("USD subscriptions");
            // and the jobs list names the run as people do
            assertThat(browser.<HtmlPage>getPage(app.url("/jobs")).getElementById("runs").asNormalizedText())
                    .contains("Subscription sync").contains("Provider account sync").doesNotContain("subscriptionSyncJob");
        }
    }

    /** The run the button started, from the audit entry it wrote. */
    private static long runOf(RunningApp app, long contract) {
        return app.application().context().audit().find(AuditFilter.none(), 0, 50).stream()
                .filter(e -> e.action().equals("START_SUBSCRIPTION_SYNC") && e.entityId().equals(String.valueOf(contract)))
                .map(e -> RUN.matcher(e.summary())).filter(Matcher::find).map(m -> Long.parseLong(m.group(1)))
                .findFirst().orElseThrow();
    }
}
