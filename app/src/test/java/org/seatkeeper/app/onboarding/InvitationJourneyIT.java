package org.seatkeeper.app.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.seatkeeper.app.context.AppContext;
import org.seatkeeper.db.accounts.ProviderAccountRepository;
import org.seatkeeper.db.onboarding.Onboarding;
import org.seatkeeper.db.onboarding.OnboardingStage;
import org.seatkeeper.db.settings.ResellerSettings;
import org.seatkeeper.db.settings.SettingsRepository;
import org.seatkeeper.emulator.ProspectTenant;
import org.springframework.batch.core.BatchStatus;

class InvitationJourneyIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private final OnboardingFixture fixture = new OnboardingFixture();

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void shouldMailTheInvitationThenAcceptAndMapTheTenantOnTheNextSync() throws Exception {
        // given the reseller's name and company and SMTP pointing at a local server, and a customer with a tenant
        configureReseller();
        ProspectTenant prospect = fixture.emulator.control().prospects().get(0);
        fixture.app.signInAsAdmin(fixture.browser);
        HtmlPage overview = fixture.createCustomer("Mr Rushmore's ABC Corp", prospect.domain(), "Walter", "Rushmore",
                "walter@abc.example");

        // when the user answers "no" (not a first registration), reviews the mail and sends it
        HtmlPage invitation = fixture.chooseProvider(overview, false);
        assertThat(invitation.getUrl().getPath()).startsWith("/onboarding/invitation/");
        HtmlForm form = (HtmlForm) invitation.getElementById("invitation");
        assertThat(form.getInputByName("tenantDomain").getValue()).isEqualTo(prospect.domain());
        String link = invitation.getElementById("invitation-url").getTextContent();
        assertThat(link).contains("partnerId=" + fixture.emulator.credentials().partnerCenter().partnerTenantId());
        HtmlPage sent = OnboardingFixture.submit(form);

        // then the invitation is recorded as sent, and the mail arrives with the link and the names
        assertThat(sent.asNormalizedText()).contains("Invitation mailed to walter@abc.example");
        assertThat(SMTP.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage mail = SMTP.getReceivedMessages()[0];
        String body = GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "=");
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("walter@abc.example");
        assertThat(mail.getSubject()).contains("Contoso Reselling").contains("Mr Rushmore's ABC Corp");
        assertThat(body).contains(link).contains("Samantha Seller").contains("Contoso Reselling").contains("Walter Rushmore");
        assertThat(fixture.onboardingOf("Mr Rushmore's ABC Corp").stage()).isEqualTo(OnboardingStage.INVITED);

        // and its status is what the outbox says of the mail: sent
        HtmlPage flowPage = fixture.browser.getPage(fixture.app.url("/onboarding/flow/"
                + fixture.onboardingOf("Mr Rushmore's ABC Corp").id()));
        assertThat(flowPage.getElementById("invitations").asNormalizedText()).contains("sent")
                .doesNotContain("waiting").doesNotContain("failed");

        // and it is listed for follow-up once older than the setting, with "resend"
        HtmlPage pipeline = fixture.browser.getPage(fixture.app.url("/onboarding"));
        assertThat(pipeline.getElementById("follow-up").asNormalizedText()).doesNotContain("walter@abc.example");

        // and the morning report lists it as awaiting acceptance (the report failed while any invitation waited)
        HtmlPage morning = fixture.browser.getPage(fixture.app.url("/reports/morning"));
        assertThat(morning.getWebResponse().getStatusCode()).isEqualTo(200);
        assertThat(morning.asNormalizedText()).contains("Invitations awaiting acceptance")
                .contains("Invitation to walter@abc.example");

        // when the customer accepts at Microsoft and the next provider account sync runs
        fixture.emulator.control().acceptRelationship(prospect.domain());
        runAccountSync();

        // then the invitation is accepted, the new account mapped to the customer, and a notification says so
        Onboarding onboarding = fixture.onboardingOf("Mr Rushmore's ABC Corp");
        assertThat(onboarding.stage()).isEqualTo(OnboardingStage.PROVISIONED);
        var account = new ProviderAccountRepository(context().database().dsl()).find(onboarding.providerAccountId()).orElseThrow();
        assertThat(account.customerId()).isEqualTo(onboarding.customerId());
        assertThat(account.domain()).isEqualToIgnoringCase(prospect.domain());
        HtmlPage notifications = fixture.browser.getPage(fixture.app.url("/notifications"));
        assertThat(notifications.asNormalizedText()).contains("accepted the reseller relationship").contains("mapped");
        HtmlPage flow = fixture.browser.getPage(fixture.app.url("/onboarding/flow/" + onboarding.id()));
        assertThat(flow.asNormalizedText()).contains("Accepted; provider account mapped.");
    }

    @Test
    void shouldSayTheInvitationWaitsWhileItsMailCannotGoOut() throws Exception {
        // given SMTP pointing at a port where nothing listens
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        configureReseller(closedPort);
        ProspectTenant prospect = fixture.emulator.control().prospects().get(1);
        fixture.app.signInAsAdmin(fixture.browser);
        HtmlPage overview = fixture.createCustomer("Waiting Mail Ltd", prospect.domain(), "Wanda", "Wait",
                "wanda@waiting.example");

        // when the invitation is sent
        HtmlPage invitation = fixture.chooseProvider(overview, false);
        HtmlPage after = OnboardingFixture.submit((HtmlForm) invitation.getElementById("invitation"));

        // then the page says it waits in the outbox, not that it was sent
        assertThat(after.asNormalizedText()).contains("not sent yet");
        String listed = after.getElementById("invitations").asNormalizedText();
        assertThat(listed).contains("wanda@waiting.example").contains("waiting");
        assertThat(after.getElementById("steps").asNormalizedText()).contains("its mail is waiting in the Outbox")
                .doesNotContain("Invitation sent to");
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    private void configureReseller() {
        configureReseller(SMTP.getSmtp().getPort());
    }

    private void configureReseller(int smtpPort) {
        SettingsRepository settings = new SettingsRepository(context().database().dsl());
        ResellerSettings s = settings.load();
        context().database().transactions().run(() -> settings.save(new ResellerSettings("Contoso Reselling",
                s.addressLine1(), s.addressLine2(), s.city(), s.state(), s.postalCode(), s.country(), "Samantha Seller",
                "samantha@reseller.example", s.contactPhone(), "127.0.0.1", smtpPort, null, null, false,
                "seatkeeper@reseller.example", s.notificationRecipients(), s.timeZone(), s.nightlyCron(), s.webAddress(),
                s.version()),
                true));
    }

    /** The app's own provider account sync, as "Sync provider accounts" or the nightly run starts it. */
    private void runAccountSync() {
        var jobs = fixture.app.application().jobs();
        long id = jobs.syncs().startNow(fixture.providerId, "admin").executionId();
        assertThat(jobs.runner().awaitCompletion(id, Duration.ofMinutes(5))).isEqualTo(BatchStatus.COMPLETED);
    }

    private AppContext context() {
        return fixture.app.application().context();
    }
}
