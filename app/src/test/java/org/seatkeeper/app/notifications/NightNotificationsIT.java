package org.seatkeeper.app.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.seatkeeper.app.mismatch.MismatchData;
import org.seatkeeper.app.support.AdminBrowserFixture;

/**
 * The night notifies what needs a person: a job run that failed (the chain stops there) and each NCE cancellation
 * window closing within 72 hours, once per window however many nights it is seen.
 */
class NightNotificationsIT extends AdminBrowserFixture {

    @BeforeAll
    void threeSubscriptionsWhoseWindowClosesTomorrow() {
        // a Partner Center provider without credentials: its account sync fails every night
        MismatchData data = new MismatchData(app.application().context().database(), app.application().context().clock());
        data.provider("Partner Center");
        long contoso = data.customer("Contoso");
        long contract = data.contract(contoso);
        long account = data.account(contoso, "Contoso Ltd");
        long e3 = data.product("E3", "10");
        data.subscription(contract, account, e3, "Contoso E3", 5, 5);
        data.subscription(contract, account, e3, "Contoso E3 second", 2, 2);
        data.subscription(contract, account, e3, "Contoso E3 third", 1, 1);
    }

    @Test
    void shouldNotifyFailedRunsAndEachClosingWindowOnce() throws Exception {
        // when two nights run
        app.application().nightly().fire();
        app.application().nightly().fire();

        // then each night's failed account sync is a notification, the two read as one line linking to the jobs
        HtmlPage notifications = browser.getPage(app.url("/notifications"));
        List<String> open = openLines(notifications);
        assertThat(open).contains("2 job runs failed");
        assertThat(notifications.getElementById("notifications").asNormalizedText())
                .contains("Job failed: Provider account sync · Partner Center");
        // and each window closing tomorrow is notified once, not once a night
        assertThat(open).contains("3 NCE cancellation windows close within 72 hours");
        assertThat(notifications.getElementById("notifications").asNormalizedText())
                .contains("Cancellation window closes " + today().plusDays(1) + ": Contoso E3 (Contoso)");
    }

    private java.time.LocalDate today() {
        return java.time.LocalDate.now(app.application().context().clock());
    }

    private static List<String> openLines(HtmlPage page) {
        return page.<HtmlElement>getByXPath("//table[@id='open-notifications']/tbody/tr/td[2]").stream()
                .map(HtmlElement::asNormalizedText).toList();
    }
}
