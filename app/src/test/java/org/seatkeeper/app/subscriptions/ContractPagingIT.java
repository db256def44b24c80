package org.seatkeeper.app.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlTableRow;
import org.junit.jupiter.api.Test;
import org.seatkeeper.app.support.RunningApp;

/** A contract with more subscriptions than one page: the table pages, the totals and health check cover them all. */
class ContractPagingIT {

    @Test
    void shouldPageALongContractWhileItsTotalsCoverEverySubscription() throws Exception {
        try (RunningApp app = RunningApp.start(); WebClient browser = RunningApp.browser()) {
            // given a contract with 130 subscriptions of 10.00 USD a month, the first one (manual) suspended, the last of a
            // product without price
            var context = app.application().context();
            BillingData data = new BillingData(context.database(), context.clock(), "paging");
            long contract = data.contract(data.customer("Long Contract Ltd"));
            long product = data.product("PAGED-1", "Paged Product", new BigDecimal("10.00"), new BigDecimal("7.00"));
            long first = data.manual(contract, product, "Subscription 000", 1);
            for (int i = 1; i < 129; i++) {
                data.automatic(contract, product, String.format("Subscription %03d", i), 1, BillingData.START);
            }
            data.suspend(first, BillingData.START.plusDays(3));
            long unpriced = data.product("PAGED-2", "Unpriced Product", null, null);
            data.automatic(contract, unpriced, "Subscription 129", 1, BillingData.START);
            app.signInAsAdmin(browser);

            // when
            HtmlPage firstPage = browser.getPage(app.url("/contracts/" + contract));
            HtmlPage second = ((HtmlAnchor) firstPage.getFirstByXPath("//nav[@class='pager']/a[@rel='next']")).click();

            // then the first page shows 100 rows, the second the other 30, and both show totals over all 130: the
            // 128 active priced ones, saying that one is left out for want of a price (the suspended one is not billed)
            assertThat(rows(firstPage)).hasSize(100).first().asString().contains("Subscription 000");
            assertThat(rows(second)).hasSize(30).last().asString().contains("Subscription 129");
            assertThat(firstPage.asNormalizedText()).contains("Page 1 of 2 · 130 in all");
            for (HtmlPage page : List.of(firstPage, second)) {
                assertThat(page.getElementById("monthly-total").asNormalizedText())
                        .isEqualTo("1,280.00 USD without 1 subscription that has no price in USD");
                assertThat(page.getElementById("problems").asNormalizedText()).contains("Subscription 129")
                        .contains("has neither a list price nor a cost");
            }
        }
    }

    private static List<String> rows(HtmlPage page) {
        List<HtmlTableRow> rows = page.getByXPath("//table[@id='subscription-list']/tbody/tr");
        return rows.stream().map(HtmlTableRow::asNormalizedText).toList();
    }
}
