package org.seatkeeper.app.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.List;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.seatkeeper.app.support.RunningApp;
import org.seatkeeper.db.mail.NewMail;
import org.seatkeeper.db.mail.OutboxRepository;

class MailSettingsIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private final RunningApp app = RunningApp.start();
    private final WebClient browser = RunningApp.browser();

    @AfterEach
    void stop() {
        browser.close();
        app.close();
    }

    @Test
    void shouldSaveSmtpSettingsAndSendATestMail() throws Exception {
        // given an administrator who enters the mail server
        app.signInAsAdmin(browser);
        HtmlPage settings = saveSettings(SMTP.getSmtp().getPort());
        assertThat(settings.asNormalizedText()).contains("Settings saved.");

        // when she sends a test mail
        HtmlForm test = settings.getFirstByXPath("//form[@action='/settings/test-mail']");
        test.getInputByName("recipient").setValue("billing@reseller.example");
        HtmlPage result = ((HtmlButton) test.getFirstByXPath(".//button")).click();

        // then the mail server received it, and the page says so
        assertThat(result.asNormalizedText()).contains("Test mail sent to billing@reseller.example.");
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("Seatkeeper test mail");
        assertThat(received[0].getFrom()[0].toString()).isEqualTo("seatkeeper@reseller.example");
    }

    @Test
    void shouldKeepMailInTheOutboxWhileSmtpIsDownAndSendItOnRetry() throws Exception {
        // given mail settings pointing at a server that is not there
        app.signInAsAdmin(browser);
        int deadPort = SMTP.getSmtp().getPort() + 17;
        saveSettings(deadPort);
        OutboxRepository outbox = new OutboxRepository(app.application().context().database().dsl());
        long id = outbox.queue(new NewMail("TEST", List.of("ops@reseller.example"), "Nightly summary", "Body", null), Instant.now());

        // when sending fails five times it is marked failed, and nothing is lost
        for (int i = 0; i < OutboxDispatcher.MAX_ATTEMPTS; i++) {
            app.application().context().mail().dispatchPending();
        }
        HtmlPage failed = browser.getPage(app.url("/outbox?status=FAILED"));
        assertThat(failed.asNormalizedText()).contains("Nightly summary").contains("failed");

        // then after the server is fixed, "Retry" sends it
        saveSettings(SMTP.getSmtp().getPort());
        HtmlPage page = browser.getPage(app.url("/outbox?status=FAILED"));
        HtmlPage after = ((HtmlButton) page.getFirstByXPath("//form[@action='/outbox/" + id + "/retry']//button")).click();
        assertThat(after.asNormalizedText()).contains("Mail sent.");
        assertThat(SMTP.getReceivedMessages()).extracting(MimeMessage::getSubject).containsExactly("Nightly summary");
        assertThat(GreenMailUtil.getBody(SMTP.getReceivedMessages()[0])).contains("Body");
    }

    @Test
    void shouldShowAMessageByEachWrongFieldAndKeepTheInput() throws Exception {
        app.signInAsAdmin(browser);
        HtmlPage settings = browser.getPage(app.url("/settings"));
        HtmlForm form = settings.getForms().get(1);
        form.getInputByName("companyName").setValue("Contoso Cloud Partners");
        form.getInputByName("smtpHost").setValue("smtp.example.com");
        form.getInputByName("smtpPort").setValue("not a port");
        form.getInputByName("timeZone").setValue("Mars/Olympus");
        HtmlPage again = ((HtmlButton) form.getFirstByXPath(".//button[@type='submit']")).click();
        assertThat(again.getWebResponse().getStatusCode()).isEqualTo(422);
        assertThat(again.asNormalizedText()).contains("A port is a number from 1 to 65535").contains("Unknown time zone");
        assertThat(again.getForms().get(1).getInputByName("companyName").getValue()).isEqualTo("Contoso Cloud Partners");
    }

    private HtmlPage saveSettings(int port) throws Exception {
        HtmlPage settings = browser.getPage(app.url("/settings"));
        HtmlForm form = settings.getForms().get(1);
        form.getInputByName("companyName").setValue("Contoso Cloud Partners");
        form.getInputByName("smtpHost").setValue("127.0.0.1");
        form.getInputByName("smtpPort").setValue(String.valueOf(port));
        form.getInputByName("smtpFrom").setValue("seatkeeper@reseller.example");
        return ((HtmlButton) form.getFirstByXPath(".//button[@type='submit']")).click();
    }
}
