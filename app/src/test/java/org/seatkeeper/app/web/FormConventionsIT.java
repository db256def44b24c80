package org.seatkeeper.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlOption;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;
import org.junit.jupiter.api.Test;
import org.seatkeeper.app.subscriptions.BillingData;
import org.seatkeeper.app.support.AdminBrowserFixture;
import org.seatkeeper.db.mail.NewMail;
import org.seatkeeper.db.mail.OutboxRepository;

/**
 * The same conventions on every form and list: a date is typed and shown as YYYY-MM-DD and its label says so, a
 * country is chosen from one list of names with their codes, stored names read as words, and one is singular.
 */
class FormConventionsIT extends AdminBrowserFixture {

    @Test
    void shouldAskForDatesAsYyyyMmDdWithTheFormatInTheLabel() throws Exception {
        long customer = data("dates").customer("Dates Ltd");
        for (String page : List.of("/contracts/new?customer=" + customer, "/audit")) {
            HtmlPage form = browser.getPage(app.url(page));
            HtmlInput date = form.getFirstByXPath("//input[@name='startDate' or @name='from']");
            assertThat(date.getTypeAttribute()).as(page).isEqualTo("text"); // not the browser's locale-formatted input
            assertThat(date.getAttribute("placeholder")).as(page).isEqualTo("YYYY-MM-DD");
            assertThat(((HtmlElement) date.getEnclosingElement("label")).asNormalizedText()).as(page).contains("YYYY-MM-DD");
        }
    }

    @Test
    void shouldOfferTheSameCountryListOnEveryFormThatAsksForOne() throws Exception {
        for (String page : List.of("/customers/new", "/onboarding/new", "/settings")) {
            HtmlSelect country = browser.<HtmlPage>getPage(app.url(page)).getFirstByXPath("//select[@name='country']");
            assertThat(country).as(page).isNotNull();
            assertThat(country.getOptions()).as(page).extracting(HtmlOption::getText)
                    .contains("Germany (DE)", "United States (US)", "United Kingdom (GB)");
            assertThat(country.getOptionByValue("DE").getText()).isEqualTo("Germany (DE)");
        }
    }

    @Test
    void shouldShowStoredNamesAsWordsAndOneLicenseInTheSingular() throws Exception {
        // given an invitation mail in the outbox and a subscription of one license
        var context = app.application().context();
        context.database().transactions().run(() -> new OutboxRepository(context.database().dsl()).queue(new NewMail(
                "RELATIONSHIP_INVITATION", List.of("ada@words.example"), "Invitation", "Hello", null),
                context.clock().instant()));
        BillingData data = data("words");
        long contract = data.contract(data.customer("Words Ltd"));
        long subscription = data.manual(contract, data.product("WORDS-1", "Words E3", new BigDecimal("20.00"),
                new BigDecimal("15.00")), "Words E3", 1);

        // then the outbox names the kind of mail in words
        String outbox = browser.<HtmlPage>getPage(app.url("/outbox")).getElementById("outbox").asNormalizedText();
        assertThat(outbox).contains("Relationship invitation").doesNotContain("RELATIONSHIP_INVITATION");

        // and the subscription says "1 license"
        String page = browser.<HtmlPage>getPage(app.url("/subscriptions/" + subscription)).asNormalizedText();
        assertThat(page).contains("1 license").doesNotContain("1 licenses");
    }

    private BillingData data(String suffix) {
        var context = app.application().context();
        return new BillingData(context.database(), context.clock(), suffix);
    }
}
