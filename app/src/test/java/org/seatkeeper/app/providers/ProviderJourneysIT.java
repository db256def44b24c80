package org.seatkeeper.app.providers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.app.support.RunningApp;
import org.seatkeeper.emulator.Api;
import org.seatkeeper.emulator.DemoCredentials;
import org.seatkeeper.emulator.EmulatorSettings;
import org.seatkeeper.emulator.ProviderEmulator;
import org.springframework.batch.core.BatchStatus;

class ProviderJourneysIT {

    private static ProviderEmulator emulator;
    private static RunningApp app;
    private WebClient browser;

    @BeforeAll
    static void start() {
        emulator = ProviderEmulator.start(EmulatorSettings.defaults().withTenants(12).withProspects(0));
        app = RunningApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
        emulator.close();
    }

    @BeforeEach
    void signIn() throws Exception {
        browser = RunningApp.browser();
        // the page reloads itself while a job runs; the test reloads when it wants to look again
        browser.setRefreshHandler((page, url, seconds) -> { });
        app.signInAsAdmin(browser);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void shouldAddAProviderTestItsConnectionAndShowTheProvidersRefusal() throws Exception {
        // given a Partner Center provider added through the form, pointing at the emulator
        HtmlPage provider = addPartnerCenter("Partner Center (direct)", emulator.credentials().partnerCenter().clientSecret());
        assertThat(provider.asNormalizedText()).contains("Provider Partner Center (direct) added.")
                .contains("Stored (encrypted)").doesNotContain("demo-pc-secret");

        // when the connection is tested
        HtmlPage tested = click(provider, "Test connection");

        // then it says it works
        assertThat(tested.asNormalizedText()).contains("Connection to Partner Center (direct) works");

        // and the edit form never shows a stored secret back
        HtmlPage edit = browser.getPage(tested.getUrl().toString() + "/edit");
        assertThat(edit.asXml()).doesNotContain("demo-pc-secret").doesNotContain("demo-pc-refresh-token");
        assertThat(edit.asNormalizedText()).contains("Stored — leave empty to keep.");

        // when the secret is replaced by a wrong one and tested again
        HtmlForm form = edit.getForms().get(1);
        form.getInputByName("pcClientSecret").setValue("not-the-secret");
        HtmlPage saved = submit(form);
        HtmlPage refused = click(saved, "Test connection");

        // then the provider's refusal is shown plainly
        assertThat(refused.asNormalizedText()).contains("Connection to Partner Center (direct) failed")
                .contains("refused the credentials").contains("Invalid client secret");
    }

    @Test
    void shouldSayWhatEachApiAddressMustContainWithTheProvidersRealDefault() throws Exception {
        HtmlPage page = browser.getPage(app.url("/providers/new"));
        String addresses = page.getElementById("api-addresses").asNormalizedText();
        assertThat(addresses).contains("Partner Center").contains("https://api.partnercenter.microsoft.com/v1/")
                .contains("https://login.microsoftonline.com/{partnerTenantId}/oauth2/token")
                .contains("{partnerTenantId} is replaced by the partner tenant id")
                .contains("https://ion.tdsynnex.com/api/v3/").contains("https://api.pax8.com/v1/token")
                .contains("ending in \"/\"");
    }

    @Test
    void shouldRefuseAnUnknownCurrencyAndCountryKeepingTheInput() throws Exception {
        HtmlPage page = browser.getPage(app.url("/providers/new"));
        HtmlForm form = page.getForms().get(1);
        form.getInputByName("name").setValue("Pax8 EU");
        form.getSelectByName("kind").setSelectedAttribute("PAX8", true);
        form.getInputByName("currency").setValue("EUX");
        form.getInputByName("countries").setValue("DE, XX");
        HtmlPage again = submit(form);
        assertThat(again.getWebResponse().getStatusCode()).isEqualTo(422);
        assertThat(again.asNormalizedText()).contains("Enter an ISO 4217 currency code")
                .contains("\"XX\" is not an ISO country code").contains("Enter the client id for Pax8.");
        assertThat(again.getForms().get(1).getInputByName("countries").getValue()).isEqualTo("DE, XX");
    }

    @Test
    void shouldSyncProviderAccountsAndShowThem() throws Exception {
        // given an automatic provider
        HtmlPage provider = addPartnerCenter("Partner Center (sync)", emulator.credentials().partnerCenter().clientSecret());

        // when "Sync provider accounts" is pressed and the run finishes
        HtmlPage started = click(provider, "Sync provider accounts");
        assertThat(started.asNormalizedText()).contains("Provider account sync started.");
        HtmlAnchor run = started.getFirstByXPath("//table[@id='syncs']//a");
        long executionId = Long.parseLong(run.getTextContent().substring(1));
        assertThat(app.application().jobs().runner().awaitCompletion(executionId, Duration.ofMinutes(5)))
                .isEqualTo(BatchStatus.COMPLETED);

        // then the provider page shows the completed run and the accounts are listed, unmapped
        HtmlPage after = browser.getPage(started.getUrl());
        assertThat(after.asNormalizedText()).contains("completed").contains("12");
        HtmlPage accounts = after.getAnchorByText("Provider accounts of Partner Center (sync)").click();
        assertThat(accounts.asNormalizedText()).contains("All (12)").contains("Unmapped (12)").contains("Mapped (0)").contains("new");

        // and the dashboard says so, because unmapped means unbilled
        HtmlPage dashboard = browser.getPage(app.url("/"));
        assertThat(dashboard.asNormalizedText()).contains("Unmapped provider accounts\n12")
                .contains("Recent jobs").contains("Provider account sync · Partner Center (sync)");
    }

    private HtmlPage addPartnerCenter(String name, String secret) throws Exception {
        DemoCredentials.PartnerCenter pc = emulator.credentials().partnerCenter();
        HtmlPage page = browser.getPage(app.url("/providers/new"));
        HtmlForm form = page.getForms().get(1);
        form.getInputByName("name").setValue(name);
        form.getSelectByName("kind").setSelectedAttribute("PARTNER_CENTER", true);
        form.getInputByName("currency").setValue("USD");
        form.getInputByName("countries").setValue("US, CA");
        form.getInputByName("pcPartnerTenantId").setValue(pc.partnerTenantId());
        form.getInputByName("pcClientId").setValue(pc.clientId());
        form.getInputByName("pcClientSecret").setValue(secret);
        form.getInputByName("pcRefreshToken").setValue(pc.refreshToken());
        form.getInputByName("apiBaseUrl").setValue(emulator.apiBaseUri(Api.PARTNER_CENTER).toString());
        form.getInputByName("tokenUrl").setValue(emulator.tokenUri(Api.PARTNER_CENTER).toString());
        HtmlPage saved = submit(form);
        assertThat(saved.getWebResponse().getStatusCode()).isEqualTo(200);
        return saved;
    }

    static HtmlPage click(HtmlPage page, String buttonText) throws Exception {
        for (Object element : page.getByXPath("//button")) {
            HtmlButton button = (HtmlButton) element;
            if (button.getTextContent().trim().equals(buttonText)) {
                return button.click();
            }
        }
        throw new AssertionError("No button " + buttonText + " on " + page.getUrl());
    }

    static HtmlPage submit(HtmlForm form) throws Exception {
        return ((HtmlButton) form.getFirstByXPath(".//button[@type='submit']")).click();
    }
}
