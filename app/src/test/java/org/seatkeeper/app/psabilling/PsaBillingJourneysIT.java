package org.seatkeeper.app.psabilling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seatkeeper.db.jooq.Tables.PRODUCT;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.app.support.ConnectedPsa;
import org.seatkeeper.app.support.RunningApp;
import org.seatkeeper.app.support.SyncedPartnerCenter;
import org.seatkeeper.batch.jobs.JobRequest;
import org.seatkeeper.batch.subscriptionsync.SubscriptionSyncJobConfiguration;
import org.seatkeeper.batch.usage.LicenseUsageJobConfiguration;
import org.seatkeeper.db.accounts.ProviderAccount;
import org.seatkeeper.db.usage.LicenseSubscription;
import org.seatkeeper.db.usage.LicenseSubscriptionRepository;
import org.seatkeeper.db.usage.SkuMapping;
import org.seatkeeper.db.usage.SkuMappingRepository;
import org.seatkeeper.db.usage.TenantLicense;
import org.seatkeeper.db.usage.TenantLicenseRepository;
import org.seatkeeper.emulator.EmulatorSettings;
import org.seatkeeper.emulator.ProviderEmulator;
import org.springframework.batch.core.BatchStatus;

/**
 * Billing profiles and license links, through the pages, against the emulated Partner Center, Graph and ConnectWise:
 * each journey takes its own customer, created from a synced Partner Center account whose subscriptions are synced.
 */
class PsaBillingJourneysIT {

    private static ProviderEmulator emulator;
    private static RunningApp app;
    private static List<ProviderAccount> accounts;
    private static DSLContext dsl;
    private WebClient browser;

    @BeforeAll
    static void start() {
        emulator = ProviderEmulator.start(EmulatorSettings.defaults().withTenants(4).withProspects(0));
        app = RunningApp.start();
        dsl = app.application().context().database().dsl();
        accounts = SyncedPartnerCenter.addAndSyncAccounts(app, emulator);
        ConnectedPsa.connectAndRefresh(app, emulator);
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
    void shouldCreateAProfileLinkALicensePreviewItsAdditionAndSaveExactlyWhatWasPreviewed() throws Exception {
        // given a customer with its tenant, its ConnectWise company and its synced subscriptions
        HtmlPage licenses = readyCustomer(accounts.get(0));
        long customerId = customerId(licenses);
        Billed billed = aBilledLicense(customerId);
        assertThat(licenses.getElementById("unlinked-licenses").asNormalizedText()).contains("Not billed in ConnectWise yet")
                .contains(billed.name());
        assertThat(browser.<HtmlPage>getPage(app.url("/reports/morning")).getElementById("section-unlinked-licenses")
                .asNormalizedText()).contains(billed.name());

        // when a billing profile is added from the PSA pages without an agreement type
        HtmlPage profiles = browser.<HtmlPage>getPage(app.url("/psa/company-links")).getAnchorByText("Billing profiles").click();
        HtmlForm form = profiles.getAnchorByText("Add a billing profile").<HtmlPage>click().getFirstByXPath("//form[@id='billing-profile']");
        form.getInputByName("name").setValue("M365 " + billed.term() + " " + customerId);
        form.getSelectByName("psaProductId").getOptions().get(1).setSelected(true);
        checkbox(form, "skus", billed.license().skuId().toLowerCase() + ":" + billed.term()).setChecked(true);
        HtmlPage refused = submit(form);

        // then it says what is missing and keeps what was typed and ticked
        assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(422);
        assertThat(refused.getElementById("agreementTypeIds-error").asNormalizedText())
                .isEqualTo("Tick at least one agreement type the additions may go on.");
        HtmlForm again = refused.getFirstByXPath("//form[@id='billing-profile']");
        assertThat(again.getInputByName("name").getValue()).isEqualTo("M365 " + billed.term() + " " + customerId);
        assertThat(checkbox(again, "skus", billed.license().skuId().toLowerCase() + ":" + billed.term()).isChecked()).isTrue();

        // when the Microsoft 365 agreement type is ticked, price and cost left empty
        checkbox(again, "agreementTypeIds", "3").setChecked(true);
        HtmlPage saved = submit(again);

        // then price and cost come from Seatkeeper's product
        assertThat(saved.asNormalizedText()).contains("Billing profile M365 " + billed.term() + " " + customerId + " saved.");
        assertThat(row(saved, "billing-profiles", "M365 " + billed.term() + " " + customerId))
                .contains(money(billed.listPrice()) + " USD / " + money(billed.unitCost()) + " USD").contains("Microsoft 365");

        // when the license is linked from the Licenses tab and previewed with usernames and the unassigned count
        HtmlPage tab = browser.getPage(app.url("/customers/" + customerId + "/licenses"));
        HtmlPage link = licenseRow(tab, billed.name()).<HtmlAnchor>getFirstByXPath(".//a[normalize-space(.)='Link']").click();
        HtmlForm linkForm = link.getFirstByXPath("//form[@id='license-link']");
        linkForm.getSelectByName("billingProfileId").getOptions().stream()
                .filter(o -> o.getText().startsWith("M365 " + billed.term() + " " + customerId)).findFirst().orElseThrow()
                .setSelected(true);
        assertThat(linkForm.getSelectByName("psaAgreementId").getOptions()).allSatisfy(o ->
                assertThat(o.getText()).doesNotContain("Managed Services"));
        assertThat(linkForm.getSelectByName("psaAgreementId").getSelectedOptions().get(0).getText()).contains("Microsoft 365 - ");
        assertThat(linkForm.getInputByName("billingStartDate").getValue()).isEqualTo(LocalDate.now(java.time.ZoneOffset.UTC).withDayOfMonth(1).toString());
        linkForm.<HtmlCheckBoxInput>getInputByName("usernamesOnInvoice").setChecked(true);
        linkForm.<HtmlCheckBoxInput>getInputByName("showUnassigned").setChecked(true);
        assertThat(linkForm.<HtmlButton>getFirstByXPath(".//button[@value='save']")).isNull();
        HtmlPage preview = click(linkForm, "preview");

        // then the addition is shown exactly as it will be written, and nothing is saved yet
        assertThat(field(preview, "Quantity")).isEqualTo(Integer.toString(billed.seats()));
        assertThat(field(preview, "Unit price")).isEqualTo(billed.listPrice().toPlainString());
        assertThat(field(preview, "Effective date")).isEqualTo(LocalDate.now(java.time.ZoneOffset.UTC).withDayOfMonth(1) + "T00:00:00Z");
        assertThat(field(preview, "Bill customer")).isEqualTo("Billable");
        assertThat(field(preview, "Description")).contains("[Seatkeeper license " + billed.license().id() + " profile ");
        if (!billed.holders().isEmpty()) {
            assertThat(field(preview, "Invoice description")).contains("Users: " + billed.holders().get(0));
        }
        assertThat(new org.seatkeeper.db.psabilling.LicenseLinkRepository(dsl).ofLicense(billed.license().id())).isEmpty();

        // when the minimum is raised and "Save" pressed without a new preview
        HtmlForm previewed = preview.getFirstByXPath("//form[@id='license-link']");
        previewed.getInputByName("minimumQuantity").setValue(Integer.toString(billed.seats() + 500));
        HtmlPage checkAgain = click(previewed, "save");

        // then the changed addition is previewed again instead of saved
        assertThat(checkAgain.getElementById("preview-notice").asNormalizedText()).contains("changed since its preview");
        assertThat(field(checkAgain, "Quantity")).isEqualTo(Integer.toString(billed.seats() + 500));

        // when it is saved as previewed
        HtmlPage linked = click(checkAgain.getFirstByXPath("//form[@id='license-link']"), "save");

        // then the Licenses tab shows the link, and the license is no longer listed as not billed
        assertThat(linked.asNormalizedText()).contains(billed.name() + " is billed through M365 " + billed.term());
        assertThat(licenseRow(linked, billed.name()).asNormalizedText())
                .contains("M365 " + billed.term() + " " + customerId + " on Microsoft 365 - ");
        var stillUnlinked = linked.getElementById("unlinked-licenses");
        if (stillUnlinked != null) {
            assertThat(stillUnlinked.asNormalizedText()).doesNotContain(billed.name() + " (");
        }
        assertThat(browser.<HtmlPage>getPage(app.url("/audit")).asNormalizedText())
                .contains(billed.name() + " billed through M365 " + billed.term());

        // when the link is edited to bill the tenant's purchased count with no minimum
        HtmlPage edit = licenseRow(linked, billed.name())
                .<HtmlAnchor>getFirstByXPath(".//a[contains(@href,'/links/') and not(contains(@href,'/new'))]").click();
        HtmlForm editForm = edit.getFirstByXPath("//form[@id='license-link']");
        editForm.getInputByName("minimumQuantity").setValue("0");
        editForm.getSelectByName("quantitySource").setSelectedAttribute("PURCHASED", true);
        HtmlPage editPreview = click(editForm, "preview");
        assertThat(field(editPreview, "Quantity")).isEqualTo(Integer.toString(billed.license().purchased()));
        HtmlPage edited = click(editPreview.getFirstByXPath("//form[@id='license-link']"), "save");
        assertThat(edited.asNormalizedText()).contains("is billed through");
        assertThat(new org.seatkeeper.db.psabilling.LicenseLinkRepository(dsl).ofLicense(billed.license().id()))
                .singleElement().satisfies(l -> assertThat(l.details().quantitySource().name()).isEqualTo("PURCHASED"));
    }

    @Test
    void shouldSayWhatIsWrongWithALinkAndKeepTheInput() throws Exception {
        // given a customer not linked to a ConnectWise company: its license's link page says to link it first
        ProviderAccount account = accounts.get(1);
        HtmlPage licenses = licensesWithTenant(customerFrom(account));
        long customerId = customerId(licenses);
        List<SkuMapping> mappings = new SkuMappingRepository(dsl).list();
        TenantLicense license = new TenantLicenseRepository(dsl).licenses(customerId).stream()
                .filter(l -> mappings.stream().anyMatch(m -> m.skuId().equalsIgnoreCase(l.skuId()))).findFirst().orElseThrow();
        HtmlPage noCompany = browser.getPage(app.url("/customers/" + customerId + "/licenses/" + license.id() + "/links/new"));
        assertThat(noCompany.getElementById("no-company").asNormalizedText()).contains("is not linked to a ConnectWise company yet");

        // given its company linked, and a profile billing the license
        linkSuggestedCompany(customerId);
        HtmlForm profile = browser.<HtmlPage>getPage(app.url("/psa/billing-profiles/new")).getFirstByXPath("//form[@id='billing-profile']");
        profile.getInputByName("name").setValue("Any term " + customerId);
        profile.getSelectByName("psaProductId").getOptions().get(1).setSelected(true);
        profile.getInputByName("unitPrice").setValue("12.50");
        profile.getInputByName("unitCost").setValue("10");
        checkbox(profile, "agreementTypeIds", "3").setChecked(true);
        checkbox(profile, "skus", license.skuId().toLowerCase() + ":P1M").setChecked(true);
        assertThat(submit(profile).asNormalizedText()).contains("saved.");

        // when the link form is sent with a negative minimum, and a date before 1900
        HtmlForm form = browser.<HtmlPage>getPage(app.url("/customers/" + customerId + "/licenses/" + license.id() + "/links/new"))
                .getFirstByXPath("//form[@id='license-link']");
        form.getInputByName("minimumQuantity").setValue("-3");
        form.getInputByName("billingStartDate").setValue("0999-12-31");
        HtmlPage refused = click(form, "preview");

        // then each field says what is wrong and keeps what was typed; nothing is previewed
        assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(422);
        assertThat(refused.getElementById("minimumQuantity-error").asNormalizedText()).isEqualTo("Enter a whole number from 0 to 100000.");
        assertThat(refused.getElementById("billingStartDate-error").asNormalizedText()).contains("YYYY-MM-DD");
        HtmlForm kept = refused.getFirstByXPath("//form[@id='license-link']");
        assertThat(kept.getInputByName("minimumQuantity").getValue()).isEqualTo("-3");
        assertThat(refused.getElementById("addition-preview")).isNull();

        // when an agreement that is not offered is sent
        kept.getInputByName("minimumQuantity").setValue("2");
        kept.getInputByName("billingStartDate").setValue("2026-12-01");
        kept.getSelectByName("psaAgreementId").getOptions().get(1).setValueAttribute("999999");
        kept.getSelectByName("psaAgreementId").getOptions().get(1).setSelected(true);
        HtmlPage wrongAgreement = click(kept, "preview");
        assertThat(wrongAgreement.getWebResponse().getStatusCode()).isEqualTo(422);
        assertThat(wrongAgreement.getElementById("psaAgreementId-error").asNormalizedText())
                .isEqualTo("Choose one of the customer's active ConnectWise agreements.");
    }

    /** A license with Seatkeeper's active subscriptions behind it, the term they are in and what they cost. */
    private record Billed(TenantLicense license, String name, String term, int seats, BigDecimal listPrice, BigDecimal unitCost,
                          List<String> holders) {
    }

    private static Billed aBilledLicense(long customerId) {
        List<SkuMapping> mappings = new SkuMappingRepository(dsl).list();
        List<LicenseSubscription> live = new LicenseSubscriptionRepository(dsl).live(customerId);
        for (TenantLicense license : new TenantLicenseRepository(dsl).licenses(customerId)) {
            for (LicenseSubscription s : live) {
                boolean mapped = mappings.stream().anyMatch(m -> m.skuId().equalsIgnoreCase(license.skuId()) && m.matches(s.offerId()));
                if (!mapped || !s.status().equals("ACTIVE") || s.term().equals("P3Y")) {
                    continue;
                }
                var product = dsl.select(PRODUCT.LIST_PRICE, PRODUCT.UNIT_COST).from(PRODUCT)
                        .where(PRODUCT.OFFER_ID.eq(s.offerId())).and(PRODUCT.TERM.eq(s.term())).fetchOne();
                if (product == null || product.value1() == null || product.value2() == null) {
                    continue;
                }
                int seats = live.stream().filter(o -> o.status().equals("ACTIVE") && o.term().equals(s.term())
                        && mappings.stream().anyMatch(m -> m.skuId().equalsIgnoreCase(license.skuId()) && m.matches(o.offerId())))
                        .mapToInt(LicenseSubscription::quantity).sum();
                List<String> holders = new TenantLicenseRepository(dsl).usernames(customerId).getOrDefault(license.id(), List.of());
                String name = license.name() != null ? license.name() : mappings.stream()
                        .filter(m -> m.skuId().equalsIgnoreCase(license.skuId())).map(SkuMapping::name).findFirst().orElseThrow();
                return new Billed(license, name, s.term(), seats, product.value1().stripTrailingZeros(),
                        product.value2().stripTrailingZeros(), holders);
            }
        }
        throw new AssertionError("the emulated tenant has no license with a priced subscription behind it");
    }

    /** A customer from the account, its subscriptions synced, its tenant and its ConnectWise company linked. */
    private HtmlPage readyCustomer(ProviderAccount account) throws Exception {
        HtmlPage customer = customerFrom(account);
        var runner = app.application().jobs().runner();
        long sync = runner.start(SubscriptionSyncJobConfiguration.JOB_NAME, JobRequest.manual(null, LocalDate.now(), "test"))
                .executionId();
        assertThat(runner.awaitCompletion(sync, Duration.ofSeconds(60))).isEqualTo(BatchStatus.COMPLETED);
        HtmlPage licenses = licensesWithTenant(customer);
        linkSuggestedCompany(customerId(licenses));
        return browser.getPage(licenses.getUrl());
    }

    private HtmlPage licensesWithTenant(HtmlPage customer) throws Exception {
        HtmlPage tab = customer.<HtmlAnchor>getFirstByXPath("//ul[@id='customer-tabs']//a[normalize-space(.)='Licenses']").click();
        HtmlPage linked = submit(tab.getFirstByXPath("//form[contains(@action,'/licenses/tenant')]"));
        var jobs = app.application().jobs();
        var latest = jobs.history().recent(LicenseUsageJobConfiguration.JOB_NAME, null, 1);
        assertThat(jobs.runner().awaitCompletion(latest.get(0).executionId(), Duration.ofSeconds(30))).isEqualTo(BatchStatus.COMPLETED);
        return browser.getPage(linked.getUrl());
    }

    private void linkSuggestedCompany(long customerId) throws Exception {
        HtmlPage tab = browser.getPage(app.url("/customers/" + customerId + "/psa"));
        HtmlPage linked = submit(tab.getFirstByXPath("//form[@id='company-link']"));
        assertThat(linked.asNormalizedText()).contains("ConnectWise company saved.");
    }

    private HtmlPage customerFrom(ProviderAccount account) throws Exception {
        HtmlPage page = browser.getPage(app.url("/provider-accounts/" + account.id()));
        HtmlPage form = page.getAnchorByText("Create customer from this account").click();
        return submit(form.getForms().get(1));
    }

    private static long customerId(HtmlPage page) {
        return Long.parseLong(page.getUrl().getPath().split("/")[2]);
    }

    private static HtmlElement licenseRow(HtmlPage page, String name) {
        return page.getFirstByXPath("//table[@id='license-overview']//tr[td[1][starts-with(normalize-space(.),'" + name + "')]]");
    }

    private static String field(HtmlPage page, String label) {
        return page.<HtmlElement>getFirstByXPath("//table[@id='addition-fields']//tr[th='" + label + "']/td").asNormalizedText();
    }

    private static String row(HtmlPage page, String table, String first) {
        return page.<HtmlElement>getFirstByXPath("//table[@id='" + table + "']//tr[td[1]='" + first + "']").asNormalizedText();
    }

    private static HtmlCheckBoxInput checkbox(HtmlForm form, String name, String value) {
        return form.getFirstByXPath(".//input[@type='checkbox' and @name='" + name + "' and @value='" + value + "']");
    }

    private static String money(BigDecimal amount) {
        return BillingProfilesServlet.amount(amount);
    }

    private static HtmlPage click(HtmlForm form, String intent) throws Exception {
        return form.<HtmlButton>getFirstByXPath(".//button[@value='" + intent + "']").click();
    }

    private static HtmlPage submit(HtmlForm form) throws Exception {
        return ((HtmlButton) form.getFirstByXPath(".//button[@type='submit']")).click();
    }
}
