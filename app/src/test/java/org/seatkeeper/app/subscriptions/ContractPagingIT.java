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
            // given a contract with 130 subscriptions of 10.00 USD a month, the last one of a product without price
            var context = app.application().context();
            BillingData data = new BillingData(context.database(), context.clock(), "paging");
            long contract = data.contract(data.customer("Long Contract Ltd"));
            long product = data.product("PAGED-1", "Paged Product", new BigDecimal("10.00"), new BigDecimal("7.00"));
            for (int i = 0; i < 129; i++) {
                data.automatic(contract, product, String.format("Subscription %03d", i), 1, BillingData.START);
            }
            long unpriced = data.product("PAGED-2", "Unpriced Product", null, null);
            data.automatic(contract, unpriced, "Subscription 129", 1, BillingData.START);
            app.signInAsAdmin(browser);

            // when
            HtmlPage first = browser.getPage(app.url("/contracts/" + contract));
            HtmlPage second = ((HtmlAnchor) first.getFirstByXPath("//nav[@class='pager']/a[@rel='next']")).click();

            // then the first page shows 100 rows, the second the other 30, and both show totals over all 130
            assertThat(rows(first)).hasSize(100).first().asString().contains("Subscription 000");
            assertThat(rows(second)).hasSize(30).last().asString().contains("Subscription 129");
            assertThat(first.asNormalizedText()).contains("Page 1 of 2 · 130 in all");
            for (HtmlPage page : List.of(first, second)) {
                assertThat(page.getElementById("monthly-total").asNormalizedText()).isEqualTo("1290.00 USD");
                assertThat(page.getElementById("problems").asNormalizedText()).contains("Subscription 129")
                        .contains("whose price is missing");
            }
        }
    }

    private static List<String> rows(HtmlPage page) {
        List<HtmlTableRow> rows = page.getByXPath("//table[@id='subscription-list']/tbody/tr");
        return rows.stream().map(HtmlTableRow::asNormalizedText).toList();
    }
}
