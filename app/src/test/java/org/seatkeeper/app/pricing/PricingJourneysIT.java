package org.seatkeeper.app.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.seatkeeper.app.subscriptions.BillingData;
import org.seatkeeper.app.support.AdminBrowserFixture;

/**
 * A person sets how subscriptions are priced on the provider's and the contract's pages and sees prices, costs and
 * margins follow on the contract page; wrong input comes back by its field.
 */
class PricingJourneysIT extends AdminBrowserFixture {

    private BillingData data;

    @BeforeAll
    void prepareData() {
        data = new BillingData(app.application().context().database(), app.application().context().clock(),
                "pricing");
    }

    @Test
    void shouldPriceSyncedSubscriptionsByTheProvidersRuleThenByTheContractsAndAFixedPrice() throws Exception {
        // given: a synced subscription of a product listed at 36.00 that costs the reseller 30.00
        long contract = data.contract(data.customer("Fabrikam"));
        long product = data.product("CFQ7TTC0LFLX:0001:P1Y", "Microsoft 365 E3", new BigDecimal("36.00"),
                new BigDecimal("30.00"));
        long subscription = data.automatic(contract, product, "Microsoft 365 E3", 10, BillingData.START);
        HtmlPage contractPage = browser.getPage(app.url("/contracts/" + contract));
        assertThat(row(contractPage, subscription)).contains("36.00 USD").contains("30.00 USD").contains("6.00 USD");
        assertThat(contractPage.getElementById("pricing-rule").asNormalizedText()).contains("no rule");

        // when: the provider's subscriptions are sold at cost + 25 %
        HtmlPage providerPage = browser.getPage(app.url("/providers/" + data.automaticProvider()));
        HtmlPage pricing = ((HtmlAnchor) providerPage.getElementById("pricing-link")).click();
        HtmlForm rule = (HtmlForm) pricing.getElementById("rule-form");
        rule.getSelectByName("basis").setSelectedAttribute("COST_PLUS", true);
        rule.getInputByName("markupPercent").setValue("25");
        HtmlPage saved = submit(rule);

        // then
        assertThat(saved.getElementById("rule-now").asNormalizedText()).startsWith("cost + 25 %");
        assertThat(saved.asNormalizedText()).contains("1 subscription has a new price from today");
        contractPage = browser.getPage(app.url("/contracts/" + contract));
        assertThat(row(contractPage, subscription)).contains("37.50 USD").contains("30.00 USD").contains("7.50 USD");
        assertThat(contractPage.getElementById("monthly-total").asNormalizedText()).isEqualTo("375.00 USD");
        HtmlPage log = browser.getPage(app.url("/subscriptions/" + subscription));
        assertThat(log.getElementById("timeline").asNormalizedText()).contains("price change")
                .contains("36.00 USD → 37.50 USD");

        // when: this contract sells at list price, but E3 at a fixed 33.00
        HtmlPage contractPricing = ((HtmlAnchor) contractPage.getElementById("pricing-link")).click();
        assertThat(contractPricing.getElementById("inherited").asNormalizedText())
                .contains("Synnex pricing: cost + 25 %");
        HtmlForm contractRule = (HtmlForm) contractPricing.getElementById("rule-form");
        contractRule.getSelectByName("basis").setSelectedAttribute("LIST_PRICE", true);
        HtmlPage listed = submit(contractRule);
        assertThat(row(browser.getPage(app.url("/contracts/" + contract)), subscription)).contains("36.00 USD");
        HtmlForm fixed = (HtmlForm) listed.getElementById("fixed-form");
        fixed.getSelectByName("product").setSelectedAttribute(String.valueOf(product), true);
        fixed.getInputByName("price").setValue("33");
        HtmlPage fixedSaved = submit(fixed);

        // then
        assertThat(fixedSaved.getElementById("fixed-price-list").asNormalizedText())
                .contains("Microsoft 365 E3").contains("33.00 USD");
        contractPage = browser.getPage(app.url("/contracts/" + contract));
        assertThat(row(contractPage, subscription)).contains("33.00 USD").contains("3.00 USD");
        assertThat(contractPage.getElementById("pricing-rule").asNormalizedText())
                .isEqualTo("the list price; 1 fixed price");
        HtmlPage audit = browser.getPage(app.url("/audit"));
        assertThat(audit.asNormalizedText()).contains("Price rule of the provider Synnex pricing")
                .contains("Fixed price of Microsoft 365 E3");
    }

    @Test
    void shouldKeepWhatWasTypedAndSayWhatIsWrongByEachField() throws Exception {
        // given
        long contract = data.contract(data.customer("Tailspin Toys"));
        long product = data.product("CFQ7TTC0LH18:0001:P1M", "Exchange Online (Plan 1)", null,
                new BigDecimal("4.00"));
        data.automatic(contract, product, "Exchange Online (Plan 1)", 3, BillingData.START);
        HtmlPage pricing = browser.getPage(app.url("/contracts/" + contract + "/pricing"));

        // when: a markup in words, then one far too large
        HtmlForm rule = (HtmlForm) pricing.getElementById("rule-form");
        rule.getSelectByName("basis").setSelectedAttribute("COST_PLUS", true);
        rule.getInputByName("markupPercent").setValue("twenty");
        HtmlPage refused = submit(rule);
        assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(422);
        assertThat(refused.getElementById("markupPercent-error").asNormalizedText()).contains("as a number");
        assertThat(((HtmlForm) refused.getElementById("rule-form")).getInputByName("markupPercent").getValue())
                .isEqualTo("twenty");
        HtmlForm again = (HtmlForm) refused.getElementById("rule-form");
        again.getInputByName("markupPercent").setValue("2000");
        HtmlPage tooLarge = submit(again);
        HtmlForm fixed = (HtmlForm) tooLarge.getElementById("fixed-form");
        fixed.getInputByName("price").setValue("1,5");
        HtmlPage fixedRefused = submit(fixed);

        // then
        assertThat(tooLarge.getElementById("markupPercent-error").asNormalizedText()).contains("at most 1000 %");
        assertThat(((HtmlForm) tooLarge.getElementById("rule-form")).getSelectByName("basis").getSelectedOptions()
                .get(0).getValueAttribute()).isEqualTo("COST_PLUS");
        assertThat(fixedRefused.getWebResponse().getStatusCode()).isEqualTo(422);
        assertThat(fixedRefused.getElementById("product-error").asNormalizedText()).contains("Pick one of the products");
        assertThat(fixedRefused.getElementById("price-error").asNormalizedText()).contains("point for decimals");
        assertThat(((HtmlForm) fixedRefused.getElementById("fixed-form")).getInputByName("price").getValue())
                .isEqualTo("1,5");
        assertThat(fixedRefused.getElementById("rule-now").asNormalizedText()).startsWith("no rule");
    }

    @Test
    void shouldRefuseARuleSavedOverSomeoneElsesAndKeepWhatWasTyped() throws Exception {
        // given: two people open the same contract's pricing page
        long contract = data.contract(data.customer("Wingtip Toys"));
        HtmlPage mine = browser.getPage(app.url("/contracts/" + contract + "/pricing"));
        HtmlPage theirs = browser.getPage(app.url("/contracts/" + contract + "/pricing"));
        HtmlForm theirRule = (HtmlForm) theirs.getElementById("rule-form");
        theirRule.getSelectByName("basis").setSelectedAttribute("LIST_PRICE", true);
        submit(theirRule);

        // when
        HtmlForm myRule = (HtmlForm) mine.getElementById("rule-form");
        myRule.getSelectByName("basis").setSelectedAttribute("COST_PLUS", true);
        myRule.getInputByName("markupPercent").setValue("12.5");
        HtmlPage refused = submit(myRule);

        // then
        assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(409);
        assertThat(refused.getElementById("conflict").asNormalizedText()).contains("changed by someone else");
        assertThat(refused.getElementById("rule-now").asNormalizedText()).startsWith("the list price");
        assertThat(((HtmlForm) refused.getElementById("rule-form")).getInputByName("markupPercent").getValue())
                .isEqualTo("12.5");
        HtmlPage resubmitted = submit((HtmlForm) refused.getElementById("rule-form"));
        assertThat(resubmitted.getElementById("rule-now").asNormalizedText()).startsWith("cost + 12.5 %");
    }

    private static String row(HtmlPage contractPage, long subscription) {
        return ((HtmlAnchor) contractPage.getFirstByXPath("//table[@id='subscription-list']//a[@href='/subscriptions/"
                + subscription + "']")).getEnclosingElement("tr").asNormalizedText();
    }

    private static HtmlPage submit(HtmlForm form) throws Exception {
        return ((HtmlButton) form.getFirstByXPath(".//button[@type='submit']")).click();
    }
}
