package org.seatkeeper.app.customers;

import static org.assertj.core.api.Assertions.assertThat;

import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.app.mismatch.MismatchData;
import org.seatkeeper.app.support.RunningApp;
import org.springframework.batch.core.BatchStatus;

/** The customer page shows what is billed to the customer and where its quantities disagree. */
class CustomerBillingSectionsIT {

    private final RunningApp app = RunningApp.start();
    private final WebClient browser = RunningApp.browser();

    @AfterEach
    void stop() {
        browser.close();
        app.close();
    }

    @Test
    void shouldShowTheCustomersContractsAndItsOpenFindingsWithLinksToFixThem() throws Exception {
        // given a customer with a contract whose E3 subscription is 3 seats short of what the provider reports
        MismatchData data = new MismatchData(app.application().context().database());
        data.provider("Partner Center");
        long contoso = data.customer("Contoso");
        long quiet = data.customer("Quiet Customer");
        long contract = data.contract(contoso);
        long account = data.account(contoso, "Contoso Ltd");
        long e3 = data.product("E3", "10");
        long shortOfSeats = data.subscription(contract, account, e3, "Contoso E3", 5, 8);
        assertThat(data.reconcile(data.today())).isEqualTo(BatchStatus.COMPLETED);
        app.signInAsAdmin(browser);

        // when the customer page is opened
        HtmlPage page = browser.getPage(app.url("/customers/" + contoso));

        // then the contract is listed with a link, and the finding with its numbers and the place to fix it
        assertThat(page.getElementById("contracts").asNormalizedText()).contains("1 (1)");
        assertThat((Object) page.getElementById("contracts").getFirstByXPath(".//a[@href='/contracts/" + contract + "']")).isNotNull();
        String findings = page.getElementById("customer-findings").asNormalizedText();
        assertThat(findings).contains("Provider vs Seatkeeper").contains("Contoso E3").contains("Under-billing").contains("30.00 EUR");
        assertThat((Object) page.getElementById("customer-findings").getFirstByXPath(".//a[@href='/subscriptions/" + shortOfSeats + "']")).isNotNull();

        // and a customer with nothing wrong says so
        HtmlPage other = browser.getPage(app.url("/customers/" + quiet));
        assertThat(other.getElementById("customer-findings").asNormalizedText()).contains("No open findings");
        assertThat(other.getElementById("contracts").asNormalizedText()).contains("No billing contracts yet");
    }
}
