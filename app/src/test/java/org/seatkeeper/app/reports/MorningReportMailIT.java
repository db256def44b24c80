package org.seatkeeper.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.seatkeeper.app.mismatch.MismatchData;
import org.seatkeeper.app.support.RunningApp;
import org.seatkeeper.app.support.SettableClock;
import org.seatkeeper.app.context.StartOptions;

/** The morning report, configured on its schedule page, reaches a real SMTP server with the right sections. */
class MorningReportMailIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    /**
     * Seatkeeper's clock stands at noon UTC of a day (the settings' zone is UTC), so the report's date is that day
     * whatever the machine's zone and however long the test takes, midnight included.
     */
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private final SettableClock clock = new SettableClock(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC));
    private final RunningApp app = RunningApp.start(StartOptions.forTest(RunningApp.tempDirectory()).withClock(clock));
    private final WebClient browser = RunningApp.browser();

    @AfterEach
    void stop() {
        browser.close();
        app.close();
    }

    @Test
    void shouldMailTheMorningReportWithItsSectionsAndNumbers() throws Exception {
        // given a night with one under-billed subscription, an unmapped account, a closing NCE window and a renewal
        MismatchData data = new MismatchData(app.application().context().database(), clock);
        data.provider("Partner Center");
        long contoso = data.customer("Contoso");
        long account = data.account(contoso, "Contoso Ltd");
        data.account(null, "Northwind Traders");
        data.subscription(data.contract(contoso), account, data.product("E3", "12.50"), "Contoso E3", 5, 9);
        data.reconcile(TODAY);
        app.signInAsAdmin(browser);
        saveSmtp(SMTP.getSmtp().getPort());

        // when the administrator saves the schedule and presses "Send now"
        HtmlPage schedule = browser.getPage(app.url("/reports/schedule"));
        HtmlForm form = (HtmlForm) schedule.getElementById("schedule");
        form.getInputByName("enabled").setChecked(true);
        form.getInputByName("recipients").setValue("billing@reseller.example, ops@reseller.example");
        form.getInputByName("sendTime").setValue("07:00");
        HtmlPage saved = ((HtmlButton) form.getFirstByXPath(".//button[@type='submit']")).click();
        assertThat(saved.asNormalizedText()).contains("Report schedule saved.");
        HtmlPage sent = ((HtmlButton) saved.getFirstByXPath("//form[@id='send-now']//button")).click();
        assertThat(sent.asNormalizedText()).contains("Morning report sent to billing@reseller.example, ops@reseller.example.");

        // then one mail per recipient arrived, HTML and plain text, with every section and the numbers
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(2);
        MimeMessage mail = received[0];
        assertThat(mail.getSubject()).isEqualTo("Seatkeeper morning report, " + TODAY);
        String text = partOf(mail, "text/plain");
        String html = partOf(mail, "text/html");
        assertThat(text).contains("LAST NIGHT'S JOBS").contains("NEW UNMAPPED PROVIDER ACCOUNTS (1)")
                .contains("Northwind Traders").contains("LICENSE MISMATCHES: 2 open, money at stake 50.00 EUR")
                .contains("Contoso E3 · provider 9, Seatkeeper 5").contains("Under-billing · 50.00 EUR")
                .contains("NCE CANCELLATION WINDOWS CLOSING IN THE NEXT 72 HOURS (1)")
                .contains("RENEWALS IN THE NEXT 30 DAYS (1)");
        assertThat(html).contains("<h2").contains("New unmapped provider accounts (1)").contains("50.00 EUR")
                .contains("Renewals in the next 30 days (1)");

        // and the same content is a page for the date
        HtmlPage page = browser.getPage(app.url("/reports/morning?date=" + TODAY));
        assertThat(page.asNormalizedText()).contains("License mismatches: 2 open, money at stake 50.00 EUR")
                .contains("Northwind Traders").contains("Contoso E3");
    }

    @Test
    void shouldKeepEachSectionShortSayHowManyItLeavesOutAndLinkToTheRest() throws Exception {
        // given twelve new unmapped accounts, each also a new "unmapped" finding of the night
        MismatchData data = new MismatchData(app.application().context().database(), clock);
        data.provider("Partner Center");
        for (int i = 1; i <= 12; i++) {
            data.account(null, "Tenant " + (char) ('A' + i - 1));
        }
        data.reconcile(TODAY);
        app.signInAsAdmin(browser);

        // when the morning report is read
        HtmlPage page = browser.getPage(app.url("/reports/morning?date=" + TODAY));

        // then the accounts' section lists ten, says how many it leaves out and links to the rest
        var unmapped = page.getElementById("section-unmapped");
        assertThat(unmapped.asNormalizedText()).contains("New unmapped provider accounts (12)")
                .contains("2 more not listed here: see them all.");
        assertThat(unmapped.<Object>getByXPath(".//tr[td]")).hasSize(10);
        assertThat(unmapped.<Object>getFirstByXPath(".//a[@href='/provider-accounts?filter=UNMAPPED']")).isNotNull();
        // and so does the mismatches' section, linking to the report's new findings
        var more = page.getElementById("more-new-findings");
        assertThat(more.asNormalizedText()).isEqualTo("2 more new findings not listed here: see them in the report.");
        assertThat(more.<Object>getFirstByXPath(".//a[@href='/mismatches?new=1']")).isNotNull();
    }

    @Test
    void shouldLinkToTheReportAndItsPagesAtSeatkeepersWebAddress() throws Exception {
        // given an unmapped account, and Seatkeeper's web address in the settings
        MismatchData data = new MismatchData(app.application().context().database(), clock);
        data.provider("Partner Center");
        long account = data.account(null, "Northwind Traders");
        app.signInAsAdmin(browser);
        saveSettings(SMTP.getSmtp().getPort(), "https://seatkeeper.example.com/");

        // when the report is sent
        sendNowTo("billing@reseller.example");

        // then both versions link to the report with the full address; the HTML one links each line to its page
        MimeMessage mail = SMTP.getReceivedMessages()[0];
        String report = "https://seatkeeper.example.com/reports/morning?date=" + TODAY;
        String text = partOf(mail, "text/plain");
        String html = partOf(mail, "text/html");
        assertThat(text).contains("Northwind Traders").contains("\nThe same report in Seatkeeper:\n" + report + "\n")
                .doesNotContain("web address");
        assertThat(html).contains("<a href=\"" + report + "\">" + report + "</a>")
                .contains("<a href=\"https://seatkeeper.example.com/provider-accounts/" + account + "\">Northwind Traders</a>")
                .doesNotContain("href=\"/").doesNotContain("web address");
    }

    @Test
    void shouldShowThePathAndWhereToSetTheWebAddressWhenItIsNotSet() throws Exception {
        // given an unmapped account, and no web address
        MismatchData data = new MismatchData(app.application().context().database(), clock);
        data.provider("Partner Center");
        data.account(null, "Northwind Traders");
        app.signInAsAdmin(browser);
        saveSmtp(SMTP.getSmtp().getPort());

        // when
        sendNowTo("billing@reseller.example");

        // then no dead relative link: the path as text, and one line saying how to get links
        MimeMessage mail = SMTP.getReceivedMessages()[0];
        String path = "/reports/morning?date=" + TODAY;
        String text = partOf(mail, "text/plain");
        String html = partOf(mail, "text/html");
        assertThat(text).contains("\nThe same report in Seatkeeper: " + path + "\n"
                + "Set Seatkeeper's web address in Settings to get a link here.\n");
        assertThat(html).contains("The same report is at " + path + " in Seatkeeper.")
                .contains("Set Seatkeeper&#39;s web address in Settings to get a link here.")
                .contains("<td>Northwind Traders</td>").doesNotContain("<a href");
    }

    private void sendNowTo(String recipients) throws Exception {
        HtmlForm form = (HtmlForm) browser.<HtmlPage>getPage(app.url("/reports/schedule")).getElementById("schedule");
        form.getInputByName("enabled").setChecked(true);
        form.getInputByName("recipients").setValue(recipients);
        form.getInputByName("sendTime").setValue("07:00");
        HtmlPage saved = ((HtmlButton) form.getFirstByXPath(".//button[@type='submit']")).click();
        HtmlPage sent = ((HtmlButton) saved.getFirstByXPath("//form[@id='send-now']//button")).click();
        assertThat(sent.asNormalizedText()).contains("Morning report sent to " + recipients + ".");
    }

    private void saveSmtp(int port) throws Exception {
        saveSettings(port, "");
    }

    private void saveSettings(int port, String webAddress) throws Exception {
        HtmlPage settings = browser.getPage(app.url("/settings"));
        HtmlForm form = settings.getForms().get(1);
        form.getInputByName("companyName").setValue("Contoso Cloud Partners");
        form.getInputByName("smtpHost").setValue("127.0.0.1");
        form.getInputByName("smtpPort").setValue(String.valueOf(port));
        form.getInputByName("smtpFrom").setValue("seatkeeper@reseller.example");
        form.getInputByName("webAddress").setValue(webAddress);
        HtmlPage saved = ((HtmlButton) form.getFirstByXPath(".//button[@type='submit']")).click();
        assertThat(saved.asNormalizedText()).contains("Settings saved.");
    }

    private static String partOf(MimeMessage mail, String type) throws Exception {
        Object content = mail.getContent();
        if (content instanceof MimeMultipart multipart) {
            return find(multipart, type);
        }
        return GreenMailUtil.getBody(mail);
    }

    private static String find(MimeMultipart multipart, String type) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getContent() instanceof MimeMultipart nested) {
                String found = find(nested, type);
                if (found != null) {
                    return found;
                }
            } else if (part.isMimeType(type)) {
                // SMTP carries lines ended by CR LF
                return part.getContent().toString().replace("\r\n", "\n");
            }
        }
        return null;
    }
}
