package org.seatkeeper.app.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatkeeper.app.context.StartOptions;
import org.seatkeeper.app.support.RunningApp;
import org.seatkeeper.app.system.Application;
import org.seatkeeper.emulator.Api;
import org.seatkeeper.emulator.EmulatorSettings;
import org.seatkeeper.emulator.ProviderEmulator;

/**
 * kill -9 a real Seatkeeper (a JVM of its own) at three moments: in the middle of a subscription sync that has
 * committed chunks (Pax8), right after a manual quantity change was answered, and right after a StreamOne Ion refresh
 * token rotation; restart it each time; it must end exactly as a run that was never interrupted. The moments are
 * chosen by holding a request on its way to the emulator or by the answer the person got, never by time.
 */
class CrashIT {

    /** Over 200 Pax8 companies: the sync asks for accounts 201 and on only once its first two chunks (50 each) are committed. */
    private static final int TENANTS = 215;
    private static final String SUBSCRIPTIONS = "/pax8/v1/subscriptions?page=";

    @TempDir
    Path work;

    @Test
    void shouldEndAsAnUninterruptedRunAfterKillsDuringASyncAfterAManualChangeAndAfterATokenRotation() throws Exception {
        // given what an uninterrupted Seatkeeper ends with (in this JVM: the same Seatkeeper and commands, one JVM
        // start fewer)
        Map<String, List<String>> uninterrupted;
        try (ProviderEmulator emulator = emulator(); ProviderGate gate = new ProviderGate(base(emulator))) {
            Path data = work.resolve("uninterrupted");
            Application app = Application.start(new StartOptions(data, "127.0.0.1", 0, false,
                    Clock.fixed(VictimCommands.NOW, ZoneOffset.UTC), 4, null));
            try {
                Commands commands = command -> VictimCommands.run(app, command);
                setUp(commands, emulator, gate);
                assertThat(commands.run("sync-subscriptions")).isEqualTo("COMPLETED");
                long manual = Long.parseLong(commands.run("manual-subscription"));
                assertThat(changeQuantity(app.uri(), manual)).isEqualTo(302);
                assertThat(commands.run("test-connection")).startsWith("true");
            } finally {
                app.close();
            }
            uninterrupted = BusinessState.of(data);
        }

        // when another one is killed at each moment and restarted
        try (ProviderEmulator emulator = emulator(); ProviderGate gate = new ProviderGate(base(emulator))) {
            Path data = work.resolve("crashed");
            Path log = work.resolve("crashed.log");
            long manual;
            try (Victim victim = Victim.start(data, log)) {
                setUp(victim::run, emulator, gate);
                // in the middle of the subscription sync, two chunks committed, a fetch of the third unanswered
                gate.holdNth(SUBSCRIPTIONS, 201);
                victim.send("sync-subscriptions");
                gate.awaitHeld();
                victim.kill();
            }
            try (Victim victim = Victim.start(data, log)) {
                // the run the crash left is marked failed at start; starting the night again resumes it
                assertThat(victim.run("sync-subscriptions")).isEqualTo("COMPLETED");
                manual = Long.parseLong(victim.run("manual-subscription"));
                // the person is answered (redirect to the subscription): kill at once
                assertThat(changeQuantity(victim.uri(), manual)).isEqualTo(302);
                victim.kill();
            }
            try (Victim victim = Victim.start(data, log)) {
                // a token call rotates Ion's refresh token; its access token's first call is held: kill
                gate.holdFirstCallAfterToken("/ion/oauth/token", "/ion/api/");
                victim.send("test-connection");
                gate.awaitHeld();
                victim.kill();
            }
            try (Victim victim = Victim.start(data, log)) {
                // then the Ion provider is still authorised: the rotated token was on disk before it was used
                assertThat(victim.run("test-connection")).startsWith("true");
                victim.stop();
            }
            Map<String, List<String>> crashed = BusinessState.of(data);

            // and everything else is as in the uninterrupted run: same rows, no duplicated license change event,
            // the manual change and its event there
            assertThat(crashed).isEqualTo(uninterrupted);
            assertThat(crashed.get("LICENSE_CHANGE")).filteredOn(line -> line.contains("SOURCE=USER"))
                    .anyMatch(line -> line.contains("QUANTITY_AFTER=25") && line.contains("EVENT_TYPE=INCREASE"));
            assertThat(crashed.get("SUBSCRIPTION")).anyMatch(line -> line.contains("NAME=Project Plan 3") && line.contains("QUANTITY=25"));
            assertThat(crashed.get("SUBSCRIPTION")).hasSizeGreaterThan(TENANTS);
        }
    }

    /** Runs a victim command and returns its answer. */
    interface Commands {
        String run(String command) throws Exception;
    }

    private static void setUp(Commands victim, ProviderEmulator emulator, ProviderGate gate) throws Exception {
        victim.run(String.join(" ", "setup", gate.through(emulator.apiBaseUri(Api.PAX8)), gate.through(emulator.tokenUri(Api.PAX8)),
                emulator.credentials().pax8().clientId(), emulator.credentials().pax8().clientSecret(),
                gate.through(emulator.apiBaseUri(Api.ION)), gate.through(emulator.tokenUri(Api.ION)),
                String.valueOf(emulator.credentials().ion().accountId()), emulator.credentials().ion().refreshToken()));
        assertThat(victim.run("sync-accounts")).isEqualTo("COMPLETED");
        assertThat(Integer.parseInt(victim.run("map-all"))).isGreaterThan(200);
    }

    /** A person raises the manual subscription to 25 licenses; returns the status of the answer (the redirect). */
    private static int changeQuantity(URI victim, long subscription) throws Exception {
        try (WebClient browser = RunningApp.browser()) {
            HtmlPage login = browser.getPage(victim.resolve("/login").toURL());
            HtmlForm form = login.getFirstByXPath("//form[@action='/login']");
            form.getInputByName("username").setValue(VictimCommands.ADMIN);
            form.getInputByName("password").setValue(VictimCommands.PASSWORD);
            form.<org.htmlunit.html.HtmlButton>getFirstByXPath(".//button[@type='submit']").click();
            HtmlPage page = browser.getPage(victim.resolve("/subscriptions/" + subscription).toURL());
            HtmlForm change = page.getHtmlElementById("quantity-form");
            change.getInputByName("quantity").setValue("25");
            change.getInputByName("effectiveDate").setValue("2026-12-07");
            browser.getOptions().setRedirectEnabled(false);
            return change.<org.htmlunit.html.HtmlButton>getFirstByXPath(".//button[@type='submit']").click()
                    .getWebResponse().getStatusCode();
        }
    }

    private static ProviderEmulator emulator() {
        return ProviderEmulator.start(EmulatorSettings.defaults().withTenants(TENANTS).withProspects(0));
    }

    private static URI base(ProviderEmulator emulator) {
        URI api = emulator.apiBaseUri(Api.ION);
        return URI.create(api.getScheme() + "://" + api.getHost() + ":" + api.getPort() + "/");
    }
}
