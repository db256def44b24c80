package org.seatkeeper.app.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.seatkeeper.app.support.AdminBrowserFixture;
import org.seatkeeper.app.support.SyncedPartnerCenter;
import org.seatkeeper.db.accounts.ProviderAccount;
import org.seatkeeper.emulator.Api;
import org.seatkeeper.emulator.EmulatorSettings;
import org.seatkeeper.emulator.ProviderEmulator;
import org.springframework.batch.core.BatchStatus;

/**
 * New provider accounts notify once each, read as one line per provider, and are resolved by mapping; an account the
 * provider stops reporting notifies too.
 */
class NotificationsIT extends AdminBrowserFixture {

    private ProviderEmulator emulator;
    private List<ProviderAccount> accounts;

    @BeforeAll
    void threeNewAccounts() {
        emulator = ProviderEmulator.start(EmulatorSettings.defaults().withTenants(3).withSubscriptionsPerTenant(1)
                .withProspects(0));
        accounts = SyncedPartnerCenter.addAndSyncAccounts(app, emulator);
    }

    @AfterAll
    void stopTheEmulator() {
        emulator.close();
    }

    @Test
    void shouldGroupNewAccountsResolveAMappedOneAndNotifyAnAccountTurningInactive() throws Exception {
        // the three new accounts read as one line, on the dashboard and on the notifications page
        assertThat(accounts).hasSize(3);
        assertThat(openLines(browser.getPage(app.url("/notifications"))))
                .containsExactly("3 new provider accounts at Partner Center");
        assertThat(browser.<HtmlPage>getPage(app.url("/")).asNormalizedText())
                .contains("3 new provider accounts at Partner Center");

        // when one is mapped, its notification is resolved: the group counts the two left
        SyncedPartnerCenter.mapAndSyncSubscriptions(app, accounts.get(0), "Adventure Works");
        HtmlPage afterMapping = browser.getPage(app.url("/notifications"));
        assertThat(openLines(afterMapping)).containsExactly("2 new provider accounts at Partner Center");
        assertThat(afterMapping.getElementById("notifications").asNormalizedText())
                .contains("New provider account: " + accounts.get(0).displayName()).contains("closed by admin");

        // when the provider stops reporting another account, the next sync notifies that it turned inactive
        ProviderAccount leaving = accounts.get(1);
        emulator.control().removeTenant(Api.PARTNER_CENTER, leaving.externalId());
        var jobs = app.application().jobs();
        long sync = jobs.syncs().startNow(leaving.providerId(), "admin").executionId();
        assertThat(jobs.runner().awaitCompletion(sync, Duration.ofMinutes(2))).isEqualTo(BatchStatus.COMPLETED);
        assertThat(openLines(browser.getPage(app.url("/notifications"))))
                .contains("Provider account turned inactive: " + leaving.displayName());

        // and "Dismiss all" closes a whole group at once
        HtmlPage page = browser.getPage(app.url("/notifications"));
        HtmlButton dismissAll = page.getFirstByXPath("//table[@id='open-notifications']//tr[contains(., 'new provider"
                + " accounts')]//button");
        assertThat(dismissAll.asNormalizedText()).isEqualTo("Dismiss all 2");
        HtmlPage dismissed = dismissAll.click();
        assertThat(dismissed.asNormalizedText()).contains("2 notifications dismissed.");
        assertThat(openLines(dismissed)).noneMatch(line -> line.contains("new provider account"));
    }

    private static List<String> openLines(HtmlPage page) {
        return page.<HtmlElement>getByXPath("//table[@id='open-notifications']/tbody/tr/td[2]").stream()
                .map(HtmlElement::asNormalizedText).toList();
    }
}
