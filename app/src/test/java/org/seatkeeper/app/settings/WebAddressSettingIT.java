package org.seatkeeper.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.app.support.RunningApp;
import org.seatkeeper.db.settings.SettingsRepository;

/** Seatkeeper's web address on the Settings page: saved and audited when it is one, refused by its field when not. */
class WebAddressSettingIT {

    private final RunningApp app = RunningApp.start();
    private final WebClient browser = RunningApp.browser();

    @AfterEach
    void stop() {
        browser.close();
        app.close();
    }

    @Test
    void shouldSaveTheWebAddressWithoutItsTrailingSlashAndAuditIt() throws Exception {
        // given
        app.signInAsAdmin(browser);
        HtmlForm form = settingsForm(browser.getPage(app.url("/settings")));

        // when
        form.getInputByName("companyName").setValue("Contoso Cloud Partners");
        form.getInputByName("webAddress").setValue("https://seatkeeper.example.com/");
        HtmlPage saved = save(form);

        // then
        assertThat(saved.asNormalizedText()).contains("Settings saved.");
        assertThat(settingsForm(saved).getInputByName("webAddress").getValue()).isEqualTo("https://seatkeeper.example.com");
        assertThat(saved.getElementById("webAddress-suggestion")).isNull();
        assertThat(storedWebAddress()).isEqualTo("https://seatkeeper.example.com");
        String audit = browser.<HtmlPage>getPage(app.url("/audit")).getElementById("audit").asNormalizedText();
        assertThat(audit).contains("Settings saved").contains("webAddress: — → https://seatkeeper.example.com");
    }

    @Test
    void shouldRefuseWhatAMailCannotLinkToByTheFieldAndKeepWhatWasTyped() throws Exception {
        app.signInAsAdmin(browser);
        for (String typed : new String[] {"ftp://x", "not a url", "https://host/path?x=1"}) {
            // given
            HtmlForm form = settingsForm(browser.getPage(app.url("/settings")));
            form.getInputByName("companyName").setValue("Contoso Cloud Partners");
            form.getInputByName("smtpHost").setValue("smtp.example.com");
            form.getInputByName("smtpPort").setValue("587");
            form.getInputByName("webAddress").setValue(typed);

            // when
            HtmlPage refused = save(form);

            // then
            assertThat(refused.getWebResponse().getStatusCode()).as(typed).isEqualTo(422);
            HtmlElement message = refused.getHtmlElementById("webAddress-error");
            assertThat(message.asNormalizedText()).as(typed).contains(expectedMessage(typed));
            HtmlForm again = settingsForm(refused);
            assertThat(again.getInputByName("webAddress").getValue()).isEqualTo(typed);
            assertThat(again.getInputByName("companyName").getValue()).isEqualTo("Contoso Cloud Partners");
            assertThat(again.getInputByName("smtpHost").getValue()).isEqualTo("smtp.example.com");
        }
        assertThat(storedWebAddress()).isNull();
        assertThat(browser.<HtmlPage>getPage(app.url("/audit")).getElementById("audit").asNormalizedText())
                .doesNotContain("Settings saved");
    }

    @Test
    void shouldOfferTheAddressTheBrowserReachedSeatkeeperAtWithoutSavingIt() throws Exception {
        // given a browser with scripts, as people use it (from the Settings page on: HtmlUnit cannot run Chart.js)
        app.signInAsAdmin(browser);
        browser.getOptions().setJavaScriptEnabled(true);
        String reached = app.url("/").replaceAll("/$", "");

        // when
        HtmlPage page = browser.getPage(app.url("/settings"));

        // then the empty field suggests the address, and one click fills it in; nothing is saved by that
        HtmlInput field = settingsForm(page).getInputByName("webAddress");
        assertThat(field.getValue()).isEmpty();
        assertThat(field.getAttribute("placeholder")).isEqualTo(reached);
        HtmlButton use = page.getFirstByXPath("//button[@data-fill='webAddress']");
        assertThat(use.hasAttribute("hidden")).as("shown by the script").isFalse();
        assertThat(use.asNormalizedText()).isEqualTo("Use " + reached);
        use.click();
        assertThat(settingsForm(page).getInputByName("webAddress").getValue()).isEqualTo(reached);
        assertThat(storedWebAddress()).isNull();

        // and it is saved with the settings when the administrator saves them
        settingsForm(page).getInputByName("companyName").setValue("Contoso Cloud Partners");
        assertThat(save(settingsForm(page)).asNormalizedText()).contains("Settings saved.");
        assertThat(storedWebAddress()).isEqualTo(reached);
    }

    @Test
    void shouldSuggestTheAddressBeforeTheReverseProxy() throws Exception {
        // given Seatkeeper behind a TLS proxy that says what the browser asked for
        app.signInAsAdmin(browser);
        browser.addRequestHeader("X-Forwarded-Proto", "https");
        browser.addRequestHeader("X-Forwarded-Host", "seatkeeper.example.com");

        // when
        HtmlPage page = browser.getPage(app.url("/settings"));

        // then
        assertThat(settingsForm(page).getInputByName("webAddress").getAttribute("placeholder"))
                .isEqualTo("https://seatkeeper.example.com");
        assertThat(page.getElementById("webAddress-suggestion").asNormalizedText())
                .contains("You reached Seatkeeper at https://seatkeeper.example.com.")
                .contains("Nothing is saved until you press Save settings.");
        // without scripts the button that could not fill anything in stays hidden
        assertThat(page.<HtmlButton>getFirstByXPath("//button[@data-fill='webAddress']").hasAttribute("hidden")).isTrue();
    }

    private static String expectedMessage(String typed) {
        return switch (typed) {
            case "ftp://x" -> "Mails can link only to an https:// or http:// address, not ftp://";
            case "not a url" -> "Enter the whole address, starting with https:// or http://";
            default -> "Leave out the part from the ? or #";
        };
    }

    private String storedWebAddress() {
        return new SettingsRepository(app.application().context().database().dsl()).load().webAddress();
    }

    private static HtmlForm settingsForm(HtmlPage page) {
        return page.getFirstByXPath("//form[@action='/settings']");
    }

    private static HtmlPage save(HtmlForm form) throws Exception {
        return ((HtmlButton) form.getFirstByXPath(".//button[@type='submit']")).click();
    }
}
