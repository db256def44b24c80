package org.seatkeeper.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.seatkeeper.app.context.StartOptions;
import org.seatkeeper.app.support.RunningApp;

/** {@code serve --demo}: a newcomer signs in with the printed login and finds the demo providers. */
class DemoModeIT {

    private static final Pattern LOGIN = Pattern.compile("demo login: (\\S+) / (\\S+)");

    @Test
    void shouldPrintALoginThatSignsInAndSetUpTheDemoProviders() throws Exception {
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
            // given the one line the console printed
            Matcher login = LOGIN.matcher(console.toString(StandardCharsets.UTF_8));
            assertThat(login.find()).as("console: " + console).isTrue();

            // when the newcomer opens the app: the login page, not the first-run setup
            HtmlPage page = browser.getPage(app.url("/"));
            assertThat(page.getUrl().getPath()).isEqualTo("/login");
            page.getElementByName("username").setAttribute("value", login.group(1));
            page.getElementByName("password").setAttribute("value", login.group(2));
            HtmlPage signedIn = ((HtmlButton) page.getFirstByXPath("//form[@action='/login']//button[@type='submit']"))
                    .click();

            // then they are in, and once the demo has started its emulator the demo providers are listed
            assertThat(signedIn.getUrl().getPath()).isEqualTo("/");
            assertThat(app.application().awaitDemo(Duration.ofMinutes(5))).isPresent();
            HtmlPage providers = browser.getPage(app.url("/providers"));
            assertThat(providers.asNormalizedText()).contains("Demo Partner Center", "Demo TD SYNNEX StreamOne Ion",
                    "Demo Pax8");

            // and once its first syncs are done, some customers are billed in the emulated ConnectWise
            app.application().awaitDemo(Duration.ofSeconds(30)).orElseThrow().billingSetUp().get(3, TimeUnit.MINUTES);
            HtmlPage profiles = browser.getPage(app.url("/psa/billing-profiles"));
            assertThat(profiles.getElementById("billing-profiles").asNormalizedText()).doesNotContain("No billing profiles yet");
            HtmlPage customers = browser.getPage(app.url("/customers"));
            List<String> billed = new ArrayList<>();
            for (String href : customers.getAnchors().stream().map(a -> a.getHrefAttribute())
                    .filter(href -> href.matches("/customers/[0-9]+")).distinct().toList()) {
                HtmlPage licenses = browser.getPage(app.url(href + "/licenses"));
                if (licenses.getElementById("license-overview") != null
                        && licenses.getElementById("license-overview").asNormalizedText().contains(" on Microsoft 365 - ")) {
                    billed.add(href);
                }
            }
            assertThat(billed).isNotEmpty();
        }
    }
}
