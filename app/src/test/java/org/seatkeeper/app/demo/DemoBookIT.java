package org.seatkeeper.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlRadioButtonInput;
import org.junit.jupiter.api.Test;
import org.seatkeeper.app.context.StartOptions;
import org.seatkeeper.app.support.RunningApp;
import org.seatkeeper.db.providers.ProviderRepository;

/**
 * The demo as a newcomer finds it a minute after the start: a populated dashboard, contracts that are priced and
 * current, PSA and unassigned license mismatches, the morning report in the demo's mailbox, and an invitation that
 * reads as the customer would read it.
 */
class DemoBookIT {

    private static final Pattern LOGIN = Pattern.compile("demo login: (\\S+) / (\\S+)");

    @Test
    void shouldShowAPopulatedBookAndTheMailAsTheCustomerReadsIt() throws Exception {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
        RunningApp app;
        try {
            app = RunningApp.start(StartOptions.forTest(RunningApp.tempDirectory()).withDemo(true));
        } finally {
            System.setOut(original);
        }
        try (app; WebClient browser = RunningApp.browser()) {
            // given the printed login, and the demo book written
            Matcher login = LOGIN.matcher(console.toString(StandardCharsets.UTF_8));
            assertThat(login.find()).isTrue();
            HtmlPage page = browser.getPage(app.url("/login"));
            page.getElementByName("username").setAttribute("value", login.group(1));
            page.getElementByName("password").setAttribute("value", login.group(2));
            ((HtmlButton) page.getFirstByXPath("//form[@action='/login']//button[@type='submit']")).click();
            app.application().awaitDemo(Duration.ofMinutes(5)).orElseThrow().billingSetUp().get(5, TimeUnit.MINUTES);

            // then the dashboard shows the synced book
            String dashboard = browser.<HtmlPage>getPage(app.url("/")).asNormalizedText();
            assertThat(dashboard).contains("Unmapped provider accounts").contains("Open license mismatches")
                    .contains("completed License reconciliation").contains("Contracts 3");

            // and the synced contracts are current and priced by the providers: no term ended, no price missing
            HtmlPage contracts = browser.getPage(app.url("/contracts"));
            var contractLinks = contracts.getAnchors().stream().map(a -> a.getHrefAttribute())
                    .filter(href -> href.matches("/contracts/[0-9]+")).distinct().toList();
            assertThat(contractLinks).isNotEmpty();
            java.util.List<String> enteredByHand = new java.util.ArrayList<>();
            for (String href : contractLinks) {
                HtmlPage contract = browser.getPage(app.url(href));
                String health = contract.getElementById("health").asNormalizedText();
                assertThat(health).as(href).doesNotContain("term ended").doesNotContain("has no price")
                        .doesNotContain("sync to get the renewal");
                contract.getAnchors().stream().filter(a -> a.asNormalizedText().contains("(entered by hand)"))
                        .forEach(a -> enteredByHand.add(a.getHrefAttribute()));
            }

            // and one subscription entered by hand is ready to be replaced by the synced one (suggested)
            assertThat(enteredByHand).hasSize(1);
            HtmlPage manual = browser.getPage(app.url(enteredByHand.get(0)));
            HtmlPage replace = ((org.htmlunit.html.HtmlAnchor) manual.getElementById("replace-link")).click();
            assertThat(replace.asNormalizedText()).contains("suggested: same product");

            // and the license mismatches have PSA findings: what ConnectWise bills against what Seatkeeper bills, and
            // seats bought that nobody holds, with the money they cost
            assertThat(browser.<HtmlPage>getPage(app.url("/mismatches?check=PSA_VS_SEATKEEPER")).asNormalizedText())
                    .contains("ConnectWise bills ");
            assertThat(browser.<HtmlPage>getPage(app.url("/mismatches?check=UNASSIGNED")).asNormalizedText())
                    .contains("seats are assigned to nobody");
            // and the morning report lists the linked licenses that wait for a person (a cut-over), each linking to the
            // page where it is resolved
            HtmlPage report = browser.getPage(app.url("/reports/morning"));
            assertThat(report.getElementById("section-psa-links").asNormalizedText()).contains("wait for a cut-over");
            org.htmlunit.html.HtmlAnchor resolve = report.getFirstByXPath("//div[@id='section-psa-links']//a");
            assertThat(resolve.<HtmlPage>click().getElementById("sync-preview").asNormalizedText())
                    .contains("cut-over needed");

            // and a few customers are on their way in, one of them invited
            String onboarding = browser.<HtmlPage>getPage(app.url("/onboarding")).asNormalizedText();
            assertThat(onboarding).contains("Wingtip Toys Demo").contains("Trey Research Demo").contains("Invited");

            // and the morning report went to the demo's mail server
            HtmlPage mail = browser.getPage(app.url("/demo/mail"));
            assertThat(mail.getElementById("sent-mail").asNormalizedText()).contains("Seatkeeper morning report")
                    .contains("To " + DemoSettings.NOTIFIED);

            // when the newcomer invites a customer through Partner Center
            long partnerCenter = new ProviderRepository(app.application().context().database().dsl()).list().stream()
                    .filter(p -> p.name().equals("Demo Partner Center")).findFirst().orElseThrow().id();
            HtmlPage start = browser.getPage(app.url("/onboarding/new"));
            HtmlForm customer = (HtmlForm) start.getElementById("new-customer");
            customer.getInputByName("name").setValue("Fabrikam Demo Dental");
            customer.getInputByName("domain").setValue("fabrikamdemodental.onmicrosoft.com");
            customer.getInputByName("country").setValue("US");
            customer.getInputByName("firstName").setValue("Rosa");
            customer.getInputByName("lastName").setValue("Marquez");
            customer.getInputByName("email").setValue("rosa@fabrikam-dental.example");
            customer.getInputByName("contactPhone").setValue("+1 425 555 0100");
            HtmlPage overview = ((HtmlButton) customer.getFirstByXPath(".//button[@type='submit']")).click();
            HtmlPage providerStep = overview.getAnchorByText("Choose the provider").click();
            HtmlForm provider = providerStep.getForms().stream()
                    .filter(f -> f.getActionAttribute().startsWith("/onboarding/provider/")).findFirst().orElseThrow();
            ((HtmlRadioButtonInput) providerStep.getElementById("provider-" + partnerCenter)).setChecked(true);
            ((HtmlRadioButtonInput) providerStep.getElementById("first-no")).setChecked(true);
            HtmlPage invitation = ((HtmlButton) provider.getFirstByXPath(".//button[@type='submit']")).click();
            HtmlForm invite = (HtmlForm) invitation.getElementById("invitation");
            ((HtmlButton) invite.getFirstByXPath(".//button[@type='submit']")).click();

            // then the Sent mail page shows the invitation from the demo reseller, as Rosa receives it
            String sent = browser.<HtmlPage>getPage(app.url("/demo/mail")).getElementById("sent-mail").asNormalizedText();
            assertThat(sent).contains("To rosa@fabrikam-dental.example").contains(DemoSettings.COMPANY)
                    .contains("Fabrikam Demo Dental").doesNotContain("your Microsoft partner");
        }
    }
}
