package org.seatkeeper.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
        }
    }
}
