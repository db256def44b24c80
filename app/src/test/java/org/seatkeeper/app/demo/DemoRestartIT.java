package org.seatkeeper.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatkeeper.app.context.StartOptions;
import org.seatkeeper.app.support.RunningApp;
import org.seatkeeper.app.system.Application;
import org.seatkeeper.db.providers.ProviderRepository;
import org.seatkeeper.emulator.Api;

/** A demo data directory keeps its state: the emulated providers' tenants and the printed login survive a restart. */
class DemoRestartIT {

    private static final Pattern LOGIN = Pattern.compile("demo login: (\\S+) / (\\S+)");

    @TempDir
    Path dataDirectory;

    @Test
    void shouldKeepATenantCreatedAtTheProviderActiveAndTheSameLoginAfterARestart() throws Exception {
        // given a demo where a new customer tenant was created at Partner Center and synced
        ByteArrayOutputStream firstConsole = new ByteArrayOutputStream();
        try (Application first = started(firstConsole)) {
            DemoMode demo = first.awaitDemo(Duration.ofMinutes(5)).orElseThrow();
            demo.billingSetUp().get(5, TimeUnit.MINUTES);
            demo.emulator().control().addTenant(Api.PARTNER_CENTER, "Kept Across Restarts", "keptacrossrestarts.onmicrosoft.com", "US");
            syncPartnerCenter(first);
        }

        // when the demo starts again on the same data directory and syncs Partner Center again
        ByteArrayOutputStream secondConsole = new ByteArrayOutputStream();
        try (Application second = started(secondConsole); WebClient browser = RunningApp.browser()) {
            second.awaitDemo(Duration.ofMinutes(5)).orElseThrow();
            syncPartnerCenter(second);

            // then it printed the same login, which signs in
            Matcher before = LOGIN.matcher(firstConsole.toString(StandardCharsets.UTF_8));
            Matcher after = LOGIN.matcher(secondConsole.toString(StandardCharsets.UTF_8));
            assertThat(before.find()).isTrue();
            assertThat(after.find()).isTrue();
            assertThat(after.group(2)).isEqualTo(before.group(2));
            HtmlPage login = browser.getPage(second.uri().resolve("/login").toURL());
            login.getElementByName("username").setAttribute("value", after.group(1));
            login.getElementByName("password").setAttribute("value", after.group(2));
            HtmlPage home = ((HtmlButton) login.getFirstByXPath("//form[@action='/login']//button[@type='submit']")).click();
            assertThat(home.getUrl().getPath()).isEqualTo("/");

            // and the tenant is still an active provider account, not one the provider stopped reporting
            String all = browser.<HtmlPage>getPage(second.uri().resolve("/provider-accounts?q=Kept+Across").toURL()).asNormalizedText();
            String inactive = browser.<HtmlPage>getPage(second.uri().resolve("/provider-accounts?filter=INACTIVE&q=Kept+Across")
                    .toURL()).asNormalizedText();
            assertThat(all).contains("Kept Across Restarts");
            assertThat(inactive).doesNotContain("Kept Across Restarts");
        }
    }

    private Application started(ByteArrayOutputStream console) throws Exception {
        PrintStream original = System.out;
        System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
        try {
            return Application.start(StartOptions.forTest(dataDirectory).withDemo(true));
        } finally {
            System.setOut(original);
        }
    }

    private static void syncPartnerCenter(Application app) {
        long partnerCenter = new ProviderRepository(app.context().database().dsl()).list().stream()
                .filter(p -> p.name().equals("Demo Partner Center")).findFirst().orElseThrow().id();
        long run = app.jobs().syncs().startNow(partnerCenter, "test").executionId();
        app.jobs().runner().awaitCompletion(run, Duration.ofMinutes(2));
    }
}
