package org.seatkeeper.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlTextArea;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.seatkeeper.app.support.AdminBrowserFixture;
import org.seatkeeper.db.agreements.AgreementTemplateRepository;
import org.seatkeeper.db.mismatch.ReportScheduleRepository;
import org.seatkeeper.db.providers.ProviderDetails;
import org.seatkeeper.db.providers.ProviderRepository;
import org.seatkeeper.db.settings.SettingsRepository;
import org.seatkeeper.db.users.UserRepository;

/**
 * A value longer than its column gets a message by its field (422) on the administration forms, keeps what was typed
 * and saves nothing; it used to reach the database and answer an error page.
 */
class FieldLengthsIT extends AdminBrowserFixture {


    @Test
    void shouldRefuseAnAgreementTemplateNameAndLinkLongerThanTheirColumns() throws Exception {
        // given
        HtmlForm form = form("/agreements/new", "/agreements/new");
        String link = "https://example.com/" + "a".repeat(981);
        input(form, "name", "n".repeat(201));
        input(form, "link", link);
        int before = new AgreementTemplateRepository(dsl()).list().size();

        // when
        HtmlPage again = submit(form);

        // then
        assertRefused(again, "name", "Use at most 200 characters (this has 201).");
        assertRefused(again, "link", "Use at most 1000 characters (this has 1001).");
        assertThat(valueOf(again, "/agreements/new", "link")).isEqualTo(link);
        assertThat(new AgreementTemplateRepository(dsl()).list()).hasSize(before);
    }

    @Test
    void shouldRefuseANewProviderNameAndUrlsLongerThanTheirColumns() throws Exception {
        // given
        HtmlForm form = form("/providers/new", "/providers/new");
        String url = "https://api.example.com/" + "v".repeat(477);
        input(form, "name", "p".repeat(201));
        form.getSelectByName("kind").setSelectedAttribute("MANUAL", true);
        ((HtmlCheckBoxInput) form.getInputByName("automatic")).setChecked(false);
        input(form, "apiBaseUrl", url);
        int before = new ProviderRepository(dsl()).list().size();

        // when
        HtmlPage again = submit(form);

        // then
        assertRefused(again, "name", "Use at most 200 characters (this has 201).");
        assertRefused(again, "apiBaseUrl", "Use at most 500 characters (this has 501).");
        assertThat(valueOf(again, "/providers/new", "apiBaseUrl")).isEqualTo(url);
        assertThat(new ProviderRepository(dsl()).list()).hasSize(before);
    }

    @Test
    void shouldRefuseAnEditedProviderTokenUrlLongerThanItsColumn() throws Exception {
        // given a manual provider
        long id = new ProviderRepository(dsl()).insert(new ProviderDetails("Hand-kept distributor", "MANUAL", false,
                "USD", "", "", Set.of("US")), null, Instant.now());
        String action = "/providers/" + id + "/edit";
        HtmlForm form = form(action, action);
        String url = "https://login.example.com/" + "t".repeat(475);
        input(form, "tokenUrl", url);

        // when
        HtmlPage again = submit(form);

        // then
        assertRefused(again, "tokenUrl", "Use at most 500 characters (this has 501).");
        assertThat(valueOf(again, action, "tokenUrl")).isEqualTo(url);
        assertThat(new ProviderRepository(dsl()).find(id).orElseThrow().tokenUrl()).isNullOrEmpty();
    }

    @Test
    void shouldRefuseAUserDisplayNameLongerThanItsColumn() throws Exception {
        // given
        HtmlForm form = form("/users/new", "/users/new");
        input(form, "username", "longname");
        input(form, "displayName", "d".repeat(201));
        input(form, "password", "a long enough password");

        // when
        HtmlPage again = submit(form);

        // then
        assertRefused(again, "displayName", "Use at most 200 characters (this has 201).");
        assertThat(valueOf(again, "/users/new", "username")).isEqualTo("longname");
        assertThat(new UserRepository(dsl()).findByUsername("longname")).isEmpty();
    }

    @Test
    void shouldRefuseSettingsLongerThanTheirColumnsAndATooLongRecipientList() throws Exception {
        // given
        HtmlForm form = form("/settings", "/settings");
        input(form, "companyName", "c".repeat(201));
        input(form, "smtpHost", "smtp." + "h".repeat(196) + ".com");
        input(form, "smtpPort", "587");
        input(form, "contactPhone", "5".repeat(51));
        input(form, "webAddress", "https://" + "h".repeat(290) + ".com");
        form.<HtmlTextArea>getOneHtmlElementByAttribute("textarea", "name", "notificationRecipients")
                .setText(addresses(100));
        String before = new SettingsRepository(dsl()).load().toString();

        // when
        HtmlPage again = submit(form);

        // then
        assertRefused(again, "companyName", "Use at most 200 characters (this has 201).");
        assertRefused(again, "smtpHost", "Use at most 200 characters (this has 205).");
        assertRefused(again, "contactPhone", "Use at most 31 characters (this has 51).");
        assertRefused(again, "webAddress", "Use at most 300 characters (this has 302).");
        assertThat(text(again, "notificationRecipients-error")).isEqualTo("The list is too long: it holds at most "
                + "2000 characters (this has 2298). Remove some addresses, or use a distribution list.");
        assertThat(valueOf(again, "/settings", "companyName")).isEqualTo("c".repeat(201));
        assertThat(new SettingsRepository(dsl()).load().toString()).isEqualTo(before);
    }

    @Test
    void shouldRefuseAReportScheduleRecipientListLongerThanItsColumn() throws Exception {
        // given
        HtmlForm form = form("/reports/schedule", "/reports/schedule");
        String recipients = addresses(100);
        input(form, "recipients", recipients);
        var before = new ReportScheduleRepository(dsl()).load();

        // when
        HtmlPage again = submit(form);

        // then
        assertThat(again.getWebResponse().getStatusCode()).isEqualTo(422);
        assertThat(text(again, "recipients-error")).isEqualTo("The list is too long: it holds at most "
                + "2000 characters (this has 2298). Remove some addresses, or use a distribution list.");
        assertThat(valueOf(again, "/reports/schedule", "recipients")).isEqualTo(recipients);
        assertThat(new ReportScheduleRepository(dsl()).load()).isEqualTo(before);
    }

    /** {@code count} addresses of 21 characters separated by ", ": 100 make 2298 characters. */
    private static String addresses(int count) {
        return IntStream.range(0, count).mapToObj(i -> "person%03d@example.com".formatted(i))
                .collect(Collectors.joining(", "));
    }

    private HtmlForm form(String path, String action) throws Exception {
        HtmlPage page = browser.getPage(app.url(path));
        return page.getFirstByXPath("//form[@action='" + action + "']");
    }

    private static void input(HtmlForm form, String name, String value) {
        form.getInputByName(name).setValue(value);
    }

    private static HtmlPage submit(HtmlForm form) throws Exception {
        return ((HtmlButton) form.getFirstByXPath(".//button[@type='submit']")).click();
    }

    private static void assertRefused(HtmlPage page, String field, String message) {
        assertThat(page.getWebResponse().getStatusCode()).as("status on " + page.getUrl()).isEqualTo(422);
        assertThat(text(page, field + "-error")).isEqualTo(message);
    }

    private static String valueOf(HtmlPage page, String action, String name) {
        HtmlForm form = page.getFirstByXPath("//form[@action='" + action + "']");
        return form.getInputByName(name).getValue();
    }

    private static String text(HtmlPage page, String id) {
        HtmlElement element = page.getHtmlElementById(id);
        return element.asNormalizedText();
    }

    private DSLContext dsl() {
        return app.application().context().database().dsl();
    }
}
