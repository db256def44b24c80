package org.seatkeeper.app.providers;

import static org.assertj.core.api.Assertions.assertThat;

import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.app.support.RunningApp;
import org.seatkeeper.emulator.Api;
import org.seatkeeper.emulator.EmulatorSettings;
import org.seatkeeper.emulator.ProviderEmulator;

/** A StreamOne Ion provider whose refresh token Ion refuses says what to do, on its page and in the morning report. */
class IonCredentialsRefusedIT {

    private final RunningApp app = RunningApp.start();
    private ProviderEmulator emulator;
    private WebClient browser;

    @BeforeEach
    void start() throws Exception {
        emulator = ProviderEmulator.start(EmulatorSettings.defaults().withTenants(3).withProspects(0));
        browser = RunningApp.browser();
        browser.setRefreshHandler((page, url, seconds) -> { });
        app.signInAsAdmin(browser);
    }

    @AfterEach
    void stop() {
        browser.close();
        app.close();
        emulator.close();
    }

    @Test
    void shouldSayWhatToDoWhenIonRefusesTheRefreshTokenUntilNewCredentialsAreSaved() throws Exception {
        // given an Ion provider whose refresh token has been spent already
        HtmlPage provider = addIon("StreamOne Ion", "spent-refresh-token");

        // when Seatkeeper uses it
        HtmlPage tested = ProviderJourneysIT.click(provider, "Test connection");

        // then its page says what happened and what to do, in words
        String problem = tested.getHtmlElementById("credentials-problem").asNormalizedText();
        assertThat(problem).contains("StreamOne Ion refused Seatkeeper's credentials on")
                .contains("nothing is synced from it until new credentials are saved")
                .contains("Request New Credentials").contains("paste the new refresh token")
                .doesNotContain("spent-refresh-token");
        // and so does the morning report
        HtmlPage report = browser.getPage(app.url("/reports/morning"));
        assertThat(report.getHtmlElementById("section-credentials").asNormalizedText())
                .contains("Providers that need new credentials (1)").contains("Request New Credentials");

        // when new credentials are saved
        HtmlPage edit = browser.getPage(tested.getUrl() + "/edit");
        HtmlForm form = edit.getForms().get(1);
        form.getInputByName("ionRefreshToken").setValue(emulator.credentials().ion().refreshToken());
        HtmlPage saved = ProviderJourneysIT.click(edit, "Save");

        // then the page no longer asks for them, nor does the report
        assertThat(saved.getElementById("credentials-problem")).isNull();
        assertThat(browser.<HtmlPage>getPage(app.url("/reports/morning")).getElementById("section-credentials")).isNull();
    }

    private HtmlPage addIon(String name, String refreshToken) throws Exception {
        HtmlPage page = browser.getPage(app.url("/providers/new"));
        HtmlForm form = page.getForms().get(1);
        form.getInputByName("name").setValue(name);
        form.getSelectByName("kind").setSelectedAttribute("ION", true);
        form.getInputByName("currency").setValue("USD");
        form.getInputByName("countries").setValue("US");
        form.getInputByName("ionAccountId").setValue(String.valueOf(emulator.credentials().ion().accountId()));
        form.getInputByName("ionRefreshToken").setValue(refreshToken);
        form.getInputByName("apiBaseUrl").setValue(emulator.apiBaseUri(Api.ION).toString());
        form.getInputByName("tokenUrl").setValue(emulator.tokenUri(Api.ION).toString());
        HtmlPage saved = ProviderJourneysIT.click(page, "Save");
        assertThat(saved.getWebResponse().getStatusCode()).as(saved.asNormalizedText()).isEqualTo(200);
        return saved;
    }
}
