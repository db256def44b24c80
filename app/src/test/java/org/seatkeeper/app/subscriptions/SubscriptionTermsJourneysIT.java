package org.seatkeeper.app.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.seatkeeper.app.support.AdminBrowserFixture;

/**
 * A person re-points a subscription to another product, sets and releases its unit price and corrects its dates from
 * its page (issue 14, item 4): audited, refused over someone else's change, every wrong field said by the field.
 */
class SubscriptionTermsJourneysIT extends AdminBrowserFixture {

    private BillingData data;

    @BeforeAll
    void prepareData() {
        data = new BillingData(app.application().context().database(), app.application().context().clock(),
                "terms");
    }

    @Test
    void shouldRepointASyncedSubscriptionToTheAnnualProductThenFixItsPriceAndReleaseIt() throws Exception {
        // given: a synced subscription on the monthly product; the annual one is another catalog line
        long contract = data.contract(data.customer("Proseware"));
        long monthly = data.product("TERMS-BP:P1M", "Business Premium (monthly)", new BigDecimal("26.40"),
                new BigDecimal("22.00"));
        long annual = data.product("TERMS-BP:P1Y", "Business Premium (annual)", new BigDecimal("22.00"),
                new BigDecimal("18.00"));
        long id = data.automatic(contract, monthly, "Business Premium", 4, BillingData.START);
        HtmlPage page = browser.getPage(app.url("/subscriptions/" + id));
        assertThat(page.asNormalizedText()).contains("26.40 USD (from the list price (no price rule))");

        // when: re-pointed to the annual product, its price left to the rules, the term end corrected
        HtmlForm form = (HtmlForm) page.getElementById("terms-form");
        form.getSelectByName("termsProduct").setSelectedAttribute(String.valueOf(annual), true);
        form.getInputByName("termsTermEnd").setValue("2027-02-28");
        form.getInputByName("termsPriceFrom").setValue("2026-09-01");
        HtmlPage saved = submit(form);

        // then
        assertThat(saved.asNormalizedText()).contains("Saved: now Business Premium (annual); unit price 22.00 USD "
                + "from 2026-09-01.");
        assertThat(saved.asNormalizedText()).contains("Business Premium (annual)").contains("2027-02-28")
                .contains("22.00 USD (from the list price (no price rule))");
        assertThat(saved.getElementById("timeline").asNormalizedText()).contains("2026-09-01").contains("price change")
                .contains("Business Premium (annual)").contains("26.40 USD → 22.00 USD");

        // when: a price agreed with the customer, then released to the rules again
        HtmlForm priced = (HtmlForm) saved.getElementById("terms-form");
        priced.getInputByName("termsUnitPrice").setValue("20.5");
        HtmlPage agreed = submit(priced);
        assertThat(agreed.asNormalizedText()).contains("20.50 USD (set by a person");
        HtmlForm release = (HtmlForm) agreed.getElementById("terms-form");
        assertThat(release.getInputByName("termsUnitPrice").getValue()).isEqualTo("20.5");
        release.getInputByName("termsUnitPrice").setValue("");
        HtmlPage released = submit(release);

        // then
        assertThat(released.asNormalizedText()).contains("22.00 USD (from the list price (no price rule))");
        String audit = ((HtmlPage) browser.getPage(app.url("/audit"))).asNormalizedText();
        assertThat(audit).contains("Changed subscription #" + id + ": product #" + monthly
                + " → Business Premium (annual)").contains("unit price 22.00 USD → 20.50 USD");
    }

    @Test
    void shouldSayWhatIsWrongByEachFieldAndKeepWhatWasTyped() throws Exception {
        // given
        long contract = data.contract(data.customer("Relecloud"));
        long product = data.product("TERMS-E1", "Office 365 E1", new BigDecimal("10"), new BigDecimal("8"));
        long id = data.manual(contract, product, "Office 365 E1", 3);
        HtmlForm form = (HtmlForm) ((HtmlPage) browser.getPage(app.url("/subscriptions/" + id)))
                .getElementById("terms-form");

        // when: a price in words, a date the database cannot keep
        form.getInputByName("termsUnitPrice").setValue("ten");
        form.getInputByName("termsEffectiveDate").setValue("1800-01-01");
        HtmlPage refused = submit(form);

        // then
        assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(422);
        assertThat(refused.getElementById("termsUnitPrice-error").asNormalizedText()).contains("as a number");
        assertThat(refused.getElementById("termsEffectiveDate-error").asNormalizedText()).contains("YYYY-MM-DD");
        HtmlForm again = (HtmlForm) refused.getElementById("terms-form");
        assertThat(again.getInputByName("termsUnitPrice").getValue()).isEqualTo("ten");
        assertThat(again.getInputByName("termsEffectiveDate").getValue()).isEqualTo("1800-01-01");

        // when: a term that ends before the subscription starts
        again.getInputByName("termsUnitPrice").setValue("");
        again.getInputByName("termsEffectiveDate").setValue("2026-03-01");
        again.getInputByName("termsTermEnd").setValue("2026-02-01");
        HtmlPage ends = submit(again);

        // then
        assertThat(ends.getWebResponse().getStatusCode()).isEqualTo(422);
        assertThat(ends.getElementById("termsTermEnd-error").asNormalizedText())
                .contains("cannot end (2026-02-01) before the subscription starts (2026-03-01)");
        assertThat(((HtmlForm) ends.getElementById("terms-form")).getInputByName("termsTermEnd").getValue())
                .isEqualTo("2026-02-01");
    }

    @Test
    void shouldRefuseAChangeOverSomeoneElsesAndApplyItWhenSentAgain() throws Exception {
        // given: the page is open while a colleague changes the quantity
        long contract = data.contract(data.customer("Alpine Ski House"));
        long product = data.product("TERMS-E5", "Office 365 E5", new BigDecimal("38"), new BigDecimal("33"));
        long id = data.manual(contract, product, "Office 365 E5", 5);
        HtmlForm form = (HtmlForm) ((HtmlPage) browser.getPage(app.url("/subscriptions/" + id)))
                .getElementById("terms-form");
        form.getInputByName("termsUnitPrice").setValue("36");
        data.changeQuantity(id, 6, LocalDate.of(2026, 4, 1));

        // when
        HtmlPage refused = submit(form);

        // then
        assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(422);
        assertThat(refused.getElementById("terms-error").asNormalizedText())
                .contains("Someone changed subscription #" + id);
        HtmlForm again = (HtmlForm) refused.getElementById("terms-form");
        assertThat(again.getInputByName("termsUnitPrice").getValue()).isEqualTo("36");
        assertThat(submit(again).asNormalizedText()).contains("36.00 USD (set by a person");
    }

    private static HtmlPage submit(HtmlForm form) throws Exception {
        return ((HtmlButton) form.getFirstByXPath(".//button[@type='submit']")).click();
    }
}
