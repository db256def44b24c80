package org.seatkeeper.app.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.app.support.RunningApp;
import org.seatkeeper.batch.usage.LicenseUsageJobConfiguration;
import org.seatkeeper.db.accounts.AccountQuery;
import org.seatkeeper.db.accounts.ProviderAccount;
import org.seatkeeper.db.accounts.ProviderAccountRepository;
import org.seatkeeper.db.paging.PageRequest;
import org.seatkeeper.db.providers.ProviderDetails;
import org.seatkeeper.db.providers.ProviderRepository;
import org.seatkeeper.emulator.Api;
import org.seatkeeper.emulator.DemoCredentials;
import org.seatkeeper.emulator.EmulatorSettings;
import org.seatkeeper.emulator.ProviderEmulator;
import org.seatkeeper.emulator.SubscriptionView;
import org.springframework.batch.core.BatchStatus;

/** Journeys over the Partner Center accounts of one synced provider; each journey uses its own account. */
class LicenseJourneysIT {

    private static ProviderEmulator emulator;
    private static RunningApp app;
    private static List<ProviderAccount> accounts;
    private WebClient browser;

    @BeforeAll
    static void startAndSync() {
        emulator = ProviderEmulator.start(EmulatorSettings.defaults().withTenants(4).withProspects(0));
        app = RunningApp.start();
        DemoCredentials.PartnerCenter pc = emulator.credentials().partnerCenter();
        var jobs = app.application().jobs();
        long providerId = new ProviderRepository(app.application().context().database().dsl()).insert(
                new ProviderDetails("Partner Center", "PARTNER_CENTER", true, "USD", emulator.apiBaseUri(Api.PARTNER_CENTER).toString(),
                        emulator.tokenUri(Api.PARTNER_CENTER).toString(), Set.of("US")),
                jobs.credentials().encrypt(Map.of("partnerTenantId", pc.partnerTenantId(), "clientId", pc.clientId(),
                        "clientSecret", pc.clientSecret(), "refreshToken", pc.refreshToken())), Instant.now());
        long run = jobs.syncs().startNow(providerId, "test").executionId();
        assertThat(jobs.runner().awaitCompletion(run, Duration.ofMinutes(5))).isEqualTo(BatchStatus.COMPLETED);
        accounts = new ProviderAccountRepository(app.application().context().database().dsl())
                .page(AccountQuery.all(), PageRequest.first(100)).items();
    }

    @AfterAll
    static void stop() {
        app.close();
        emulator.close();
    }

    @BeforeEach
    void signIn() throws Exception {
        browser = RunningApp.browser();
        browser.setRefreshHandler((page, url, seconds) -> { });
        app.signInAsAdmin(browser);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void shouldLinkACustomersTenantAndShowItsLicensesWithTheRightCounts() throws Exception {
        // given a customer created from its Partner Center account
        ProviderAccount account = accounts.get(0);
        HtmlPage customer = customerFrom(account);

        // when its Licenses tab is opened: not linked yet, its tenant and the partner tenant are offered
        HtmlPage tab = licensesTab(customer);
        assertThat(tab.getElementById("not-linked")).isNotNull();
        HtmlForm link = tab.getFirstByXPath("//form[contains(@action,'/licenses/tenant')]");
        assertThat(link.getSelectByName("tenantId").getSelectedOptions().get(0).getValueAttribute())
                .isEqualToIgnoringCase(account.tenantId());
        assertThat(link.getSelectByName("accessProviderId").getSelectedOptions().get(0).getText()).isEqualTo("Partner Center");

        // and the tenant is linked
        HtmlPage linked = submit(link);
        assertThat(linked.asNormalizedText()).contains("Tenant linked. Its licenses are being read now.");
        awaitUsage();

        // then the overview shows one row per licence with the tenant's counts
        HtmlPage overview = browser.getPage(linked.getUrl());
        assertThat(overview.getElementById("linked-tenant").asNormalizedText()).contains(account.tenantId().toLowerCase())
                .contains("Partner Center");
        for (var product : expectedSeats(account).entrySet()) {
            HtmlElement row = overview.getFirstByXPath("//table[@id='license-overview']//tr[td[1][starts-with(normalize-space(.),'"
                    + product.getKey() + "')]]");
            assertThat(row).as(product.getKey()).isNotNull();
            assertThat(cell(row, 2)).isEqualTo(Integer.toString(product.getValue()));
            int assigned = Integer.parseInt(cell(row, 3));
            assertThat(cell(row, 4)).isEqualTo(Integer.toString(product.getValue() - assigned));
            assertThat(cell(row, 8)).isEqualTo("not linked");
            assertThat(cell(row, 9)).isEqualTo("never");
        }

        // when an administrator leaves one seat of a licence unassigned and Refresh is pressed
        String someProduct = expectedSeats(account).entrySet().stream().filter(e -> e.getValue() > 1).findFirst()
                .orElseThrow().getKey();
        int seats = expectedSeats(account).get(someProduct);
        emulator.control().setAssignedLicences(account.tenantId(), skuPartNumber(overview, someProduct), seats - 1);
        HtmlPage refreshing = click(overview, "Refresh");
        assertThat(refreshing.asNormalizedText()).contains("Reading the tenant's licenses");
        awaitUsage();

        // then the row counts the idle seat
        HtmlPage refreshed = browser.getPage(linked.getUrl());
        HtmlElement row = refreshed.getFirstByXPath("//table[@id='license-overview']//tr[td[1][starts-with(normalize-space(.),'"
                + someProduct + "')]]");
        assertThat(cell(row, 3)).isEqualTo(Integer.toString(seats - 1));
        assertThat(cell(row, 4)).isEqualTo("1");
        assertThat(browser.<HtmlPage>getPage(app.url("/licenses")).getElementById("linked-tenants").asNormalizedText())
                .contains(account.displayName());
    }

    @Test
    void shouldSayWhyATenantCouldNotBeReadAndKeepWhatWasRead() throws Exception {
        // given a linked customer read once
        ProviderAccount account = accounts.get(1);
        HtmlPage tab = licensesTab(customerFrom(account));
        HtmlPage linked = submit(tab.getFirstByXPath("//form[contains(@action,'/licenses/tenant')]"));
        awaitUsage();
        int rows = browser.<HtmlPage>getPage(linked.getUrl()).<HtmlElement>getFirstByXPath("//table[@id='license-overview']/tbody")
                .getElementsByTagName("tr").size();

        // when the partner's delegated access to the tenant ends and the licenses are read again
        emulator.control().setDelegatedAccess(account.tenantId(), false);
        click(browser.getPage(linked.getUrl()), "Refresh");
        awaitUsage();

        // then the tab says why, and still shows what was read before
        HtmlPage after = browser.getPage(linked.getUrl());
        assertThat(after.getElementById("usage-problem").asNormalizedText()).contains("The last read failed")
                .contains("no delegated admin access");
        assertThat(after.<HtmlElement>getFirstByXPath("//table[@id='license-overview']/tbody").getElementsByTagName("tr"))
                .hasSize(rows);
        emulator.control().setDelegatedAccess(account.tenantId(), true);
    }

    @Test
    void shouldRefuseATenantThatIsNotTheCustomersAndKeepTheChoice() throws Exception {
        // given
        ProviderAccount account = accounts.get(2);
        HtmlPage tab = licensesTab(customerFrom(account));
        HtmlForm link = tab.getFirstByXPath("//form[contains(@action,'/licenses/tenant')]");
        link.getSelectByName("tenantId").getOptions().get(0).setValueAttribute("00000000-0000-4000-8000-000000000000");

        // when
        HtmlPage refused = submit(link);

        // then
        assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(422);
        assertThat(refused.asNormalizedText()).contains("Choose one of this customer's tenants");
        assertThat(refused.getElementById("not-linked")).isNotNull();
    }

    @Test
    void shouldLetStaffAddASkuMappingWithAClearMessageForABadSkuId() throws Exception {
        // given
        HtmlPage list = browser.getPage(app.url("/licenses/sku-mappings"));
        assertThat(list.asNormalizedText()).contains("Microsoft 365 Business Premium").contains("CFQ7TTC0LCHC:0002");
        HtmlForm form = list.getAnchorByText("Add a SKU mapping").<HtmlPage>click().getFirstByXPath("//form[@action='/licenses/sku-mappings/new']");
        form.getInputByName("name").setValue("Microsoft 365 F3");
        form.getInputByName("skuPartNumber").setValue("SPE_F1");
        form.getInputByName("skuId").setValue("not-a-guid");
        form.getInputByName("productRef").setValue("CFQ7TTC0LGTX:0001");

        // when
        HtmlPage refused = submit(form);
        HtmlForm again = refused.getFirstByXPath("//form[@action='/licenses/sku-mappings/new']");
        again.getInputByName("skuId").setValue("66b55226-6b4f-492c-910c-a3b7a3c9d993");
        HtmlPage saved = submit(again);

        // then
        assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(422);
        assertThat(refused.asNormalizedText()).contains("Enter Graph's skuId");
        assertThat(again.getInputByName("name").getValue()).isEqualTo("Microsoft 365 F3");
        assertThat(saved.asNormalizedText()).contains("SKU mapping SPE_F1 ↔ CFQ7TTC0LGTX:0001 saved.").contains("Microsoft 365 F3");
    }

    private static HtmlPage licensesTab(HtmlPage customer) throws Exception {
        return customer.<org.htmlunit.html.HtmlAnchor>getFirstByXPath("//ul[@id='customer-tabs']//a[normalize-space(.)='Licenses']")
                .click();
    }

    private HtmlPage customerFrom(ProviderAccount account) throws Exception {
        HtmlPage page = browser.getPage(app.url("/provider-accounts/" + account.id()));
        HtmlPage form = page.getAnchorByText("Create customer from this account").click();
        return submit(form.getForms().get(1));
    }

    /** Active seats per product name, as the tenant's Partner Center subscriptions hold them. */
    private static Map<String, Integer> expectedSeats(ProviderAccount account) {
        Map<String, Integer> seats = new java.util.TreeMap<>();
        for (SubscriptionView s : emulator.control().subscriptions(Api.PARTNER_CENTER, account.externalId())) {
            if (s.status().equalsIgnoreCase("active") && !s.productCode().equals("AZURE")) {
                seats.merge(s.productName(), s.quantity(), Integer::sum);
            }
        }
        return seats;
    }

    private static String skuPartNumber(HtmlPage overview, String product) {
        HtmlElement row = overview.getFirstByXPath("//table[@id='license-overview']//tr[td[1][starts-with(normalize-space(.),'"
                + product + "')]]");
        return row.<HtmlElement>getFirstByXPath("td[1]/span[contains(@class,'small')]").asNormalizedText();
    }

    private static void awaitUsage() {
        var jobs = app.application().jobs();
        var latest = jobs.history().recent(LicenseUsageJobConfiguration.JOB_NAME, null, 1);
        assertThat(latest).isNotEmpty();
        assertThat(jobs.runner().awaitCompletion(latest.get(0).executionId(), Duration.ofMinutes(5)))
                .isEqualTo(BatchStatus.COMPLETED);
    }

    private static String cell(HtmlElement row, int column) {
        return row.<HtmlElement>getFirstByXPath("td[" + column + "]").asNormalizedText();
    }

    private static HtmlPage click(HtmlPage page, String button) throws Exception {
        HtmlButton target = page.getFirstByXPath("//button[normalize-space(.)='" + button + "']");
        return target.click();
    }

    private static HtmlPage submit(HtmlForm form) throws Exception {
        return ((HtmlButton) form.getFirstByXPath(".//button[@type='submit']")).click();
    }
}
