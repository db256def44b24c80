package org.seatkeeper.app.psa;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.app.support.RunningApp;
import org.seatkeeper.db.users.Role;
import org.seatkeeper.emulator.DemoCredentials;
import org.seatkeeper.emulator.EmulatorSettings;
import org.seatkeeper.emulator.ProviderEmulator;
import org.springframework.batch.core.BatchStatus;

class PsaJourneysIT {

    private static ProviderEmulator emulator;
    private static RunningApp app;
    private WebClient browser;

    @BeforeAll
    static void start() {
        emulator = ProviderEmulator.start(EmulatorSettings.defaults().withTenants(5).withProspects(0));
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
        browser.setRefreshHandler((page, url, seconds) -> { });
        app.signInAsAdmin(browser);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void shouldConnectConnectWiseTestTheConnectionAndRefreshPsaData() throws Exception {
        DemoCredentials.ConnectWise cw = emulator.credentials().connectWise();
        String site = emulator.baseUri().resolve("/connectwise/").toString();

        // given the PSA page, reached from Settings
        HtmlPage psa = browser.<HtmlPage>getPage(app.url("/settings")).getAnchorByText("PSA (ConnectWise Manage)").click();
        assertThat(psa.asNormalizedText()).contains("Save the connection to refresh PSA data.");

        // when the form is sent empty, then each field says what it needs
        HtmlPage refused = submit(psa.getFirstByXPath("//form[@action='/settings/psa']"));
        assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(422);
        assertThat(refused.asNormalizedText()).contains("Enter your ConnectWise site").contains("Enter the company id")
                .contains("Enter the clientId").contains("Enter the API member's public key");

        // when it is filled in with a wrong private key and saved
        HtmlPage saved = save(refused, site, cw.companyId(), cw.publicKey(), "notTheKey");
        assertThat(saved.asNormalizedText()).contains("PSA connection saved.");
        assertThat(saved.asXml()).doesNotContain("notTheKey").doesNotContain(cw.publicKey());

        // then the test says the keys are wrong, without showing them
        HtmlPage badKeys = click(saved, "Test connection");
        assertThat(badKeys.asNormalizedText()).contains("Connection failed. Bad keys").doesNotContain("notTheKey");

        // when the keys are corrected (the rest kept) and tested
        HtmlPage fixed = save(badKeys, null, null, cw.publicKey(), cw.privateKey());
        HtmlPage works = click(fixed, "Test connection");
        assertThat(works.asNormalizedText()).contains("Connection works. Connected to ConnectWise").contains("17 companies");

        // when the company id is wrong, the test says so; the keys stay stored when left empty
        HtmlPage wrongCompany = click(save(works, null, "nosuchcompany", null, null), "Test connection");
        assertThat(wrongCompany.asNormalizedText()).contains("Wrong company").contains("\"nosuchcompany\"");

        // when the site is down
        String down;
        try (ServerSocket socket = new ServerSocket(0)) {
            down = "http://127.0.0.1:" + socket.getLocalPort() + "/connectwise/";
        }
        HtmlPage siteDown = click(save(wrongCompany, down, cw.companyId(), null, null), "Test connection");
        assertThat(siteDown.asNormalizedText()).contains("Site down or wrong address");

        // when the right site is back and "Refresh PSA data" is pressed
        HtmlPage started = click(save(siteDown, site, null, null, null), "Refresh PSA data");
        Matcher run = Pattern.compile("Refresh PSA data started \\(run #(\\d+)\\)").matcher(started.asNormalizedText());
        assertThat(run.find()).isTrue();
        assertThat(app.application().jobs().runner().awaitCompletion(Long.parseLong(run.group(1)), Duration.ofMinutes(5)))
                .isEqualTo(BatchStatus.COMPLETED);

        // then the page shows what was stored and the completed run
        HtmlPage after = browser.getPage(app.url("/settings/psa"));
        assertThat(count(after, "companies")).isEqualTo("17");
        assertThat(count(after, "agreement types")).isEqualTo("4");
        assertThat(count(after, "catalog products")).isEqualTo("27");
        assertThat(count(after, "agreements")).isEqualTo(Integer.toString(emulator.control().psaAgreements(0).size()));
        assertThat(after.getElementById("psa-last-refresh").asNormalizedText()).contains("completed");
        assertThat(browser.getPage(app.url("/jobs")).getWebResponse().getContentAsString()).contains("PSA data refresh");
    }

    @Test
    void shouldKeepThePsaSettingsToAdministrators() throws Exception {
        // given an operator
        WebClient operator = RunningApp.browser();
        app.createUser("operator", Role.OPERATOR);
        app.signIn(operator, "operator");

        // when / then
        HtmlPage page = operator.getPage(app.url("/settings/psa"));
        assertThat(page.getWebResponse().getStatusCode()).isEqualTo(403);
        operator.close();
    }

    /** Fills the connection form; null leaves a field as it is (keys: empty). */
    private HtmlPage save(HtmlPage page, String site, String companyId, String publicKey, String privateKey) throws Exception {
        DemoCredentials.ConnectWise cw = emulator.credentials().connectWise();
        HtmlForm form = page.getFirstByXPath("//form[@action='/settings/psa']");
        if (site != null) {
            form.getInputByName("siteUrl").setValue(site);
        }
        if (companyId != null) {
            form.getInputByName("companyId").setValue(companyId);
        }
        if (form.getInputByName("clientId").getValue().isEmpty()) {
            form.getInputByName("clientId").setValue(cw.clientId());
        }
        form.getInputByName("publicKey").setValue(publicKey == null ? "" : publicKey);
        form.getInputByName("privateKey").setValue(privateKey == null ? "" : privateKey);
        return submit(form);
    }

    private static String count(HtmlPage page, String kind) {
        org.htmlunit.html.HtmlElement cell = page.getFirstByXPath("//table[@id='psa-data-table']//tr[td[1]='" + kind + "']/td[2]");
        return cell.asNormalizedText();
    }

    private static HtmlPage click(HtmlPage page, String button) throws Exception {
        HtmlButton target = page.getFirstByXPath("//button[normalize-space(.)='" + button + "']");
        return target.click();
    }

    private static HtmlPage submit(HtmlForm form) throws Exception {
        return ((HtmlButton) form.getFirstByXPath(".//button[@type='submit']")).click();
    }
}
