package org.seatkeeper.app.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.seatkeeper.app.mismatch.MismatchData;
import org.seatkeeper.app.support.AdminBrowserFixture;
import org.springframework.batch.core.BatchStatus;

/**
 * After replacing a manual subscription with the synced one (seeds 000/001): un-archiving the replacement's create
 * bills twice only when a person confirms it (issue 14, item 6), and a synced subscription's log that does not add up
 * is corrected with an event from its page, reached from the mismatch report (item 8).
 */
class ReplacementAftercareJourneysIT extends AdminBrowserFixture {

    private BillingData data;

    @BeforeAll
    void prepareData() {
        data = new BillingData(app.application().context().database(), app.application().context().clock(),
                "aftercare");
    }

    @Test
    void shouldRefuseToUnarchiveTheReplacementsCreateUntilTheDoubleBillingIsConfirmed() throws Exception {
        // given: M = create 10 (billed), replaced by A
        long contract = data.contract(data.customer("Adatum"));
        long product = data.product("AFTER-BP", "Microsoft 365 Business Premium", new BigDecimal("22"),
                new BigDecimal("18"));
        long manual = data.manual(contract, product, "Microsoft 365 Business Premium", 10);
        long automatic = data.automatic(contract, product, "Microsoft 365 Business Premium", 10,
                LocalDate.of(2026, 6, 10));
        HtmlPage replaced = replace(manual, automatic);

        // when: un-archiving A's archived create
        HtmlForm unarchive = createEventForm(replaced);
        assertThat(createEventRow(replaced)).contains("Stands for manual subscription #" + manual);
        unarchive.getInputByName("reason").setValue("Customer disputes the replacement");
        HtmlPage refused = submit(unarchive);

        // then: refused with what would be billed twice, the reason kept, a confirmation asked for
        assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(422);
        assertThat(refused.asNormalizedText()).contains("would bill 10 licenses from 2026-03-01 a second time")
                .contains("manual subscription #" + manual);
        HtmlForm confirm = createEventForm(refused);
        assertThat(confirm.getInputByName("reason").getValue()).isEqualTo("Customer disputes the replacement");
        assertThat(createEventFlags(browser.getPage(app.url("/subscriptions/" + automatic)))).contains("archived");

        // when: confirmed
        ((HtmlCheckBoxInput) confirm.getInputByName("confirmDoubleBilling")).setChecked(true);
        HtmlPage unarchived = submit(confirm);

        // then
        assertThat(unarchived.asNormalizedText()).contains("Event un-archived.");
        assertThat(createEventFlags(unarchived)).doesNotContain("archived");
        assertThat(((HtmlPage) browser.getPage(app.url("/audit"))).asNormalizedText())
                .contains("confirmed double billing");
    }

    @Test
    void shouldCorrectASyncedSubscriptionsLogFromTheMismatchReport() throws Exception {
        // given: M = create 10, +2, -1; the provider says 12 for A: after the replacement A's log adds up to 11
        long customer = data.customer("Litware");
        long contract = data.contract(customer);
        long product = data.product("AFTER-E3", "Office 365 E3", new BigDecimal("23"), new BigDecimal("20"));
        long manual = data.manual(contract, product, "Office 365 E3", 10);
        data.changeQuantity(manual, 12, LocalDate.of(2026, 4, 1));
        data.changeQuantity(manual, 11, LocalDate.of(2026, 5, 1));
        long automatic = data.automatic(contract, product, "Office 365 E3", 12, LocalDate.of(2026, 6, 10));
        replace(manual, automatic);
        MismatchData mismatches = new MismatchData(app.application().context().database());
        assertThat(mismatches.reconcile(mismatches.today()))
                .isEqualTo(BatchStatus.COMPLETED);

        // when: the report's fix for the broken log
        // (the report of this customer's broken logs: a view no earlier page computed and kept)
        HtmlPage report = browser.getPage(app.url("/mismatches?customer=" + customer + "&check=LOG_INTEGRITY"));
        HtmlAnchor fix = report.getFirstByXPath("//a[@href='/subscriptions/" + automatic + "#correction']");
        HtmlPage page = fix.click();
        HtmlForm form = (HtmlForm) page.getElementById("correction-form");
        assertThat(form.getSelectByName("correctionType").getSelectedOptions().get(0).getValueAttribute())
                .isEqualTo("INCREASE");
        assertThat(form.getInputByName("correctionQuantity").getValue()).isEqualTo("1");
        form.getInputByName("correctionQuantity").setValue("3");
        form.getInputByName("correctionReason").setValue("Increase of 1 on 2026-06-01 never recorded");
        HtmlPage tooMuch = submit(form);

        // then: 3 would overshoot; refused by its field with the input kept
        assertThat(tooMuch.getWebResponse().getStatusCode()).isEqualTo(422);
        assertThat(tooMuch.getElementById("correctionQuantity-error").asNormalizedText())
                .contains("needs an increase of 1");
        HtmlForm again = (HtmlForm) tooMuch.getElementById("correction-form");
        assertThat(again.getInputByName("correctionReason").getValue())
                .isEqualTo("Increase of 1 on 2026-06-01 never recorded");

        // when: without a reason, then right
        again.getInputByName("correctionQuantity").setValue("1");
        again.getInputByName("correctionReason").setValue("");
        HtmlPage noReason = submit(again);
        assertThat(noReason.getElementById("correctionReason-error").asNormalizedText()).contains("Give the reason");
        HtmlForm last = (HtmlForm) noReason.getElementById("correction-form");
        last.getInputByName("correctionReason").setValue("Increase of 1 on 2026-06-01 never recorded");
        last.getInputByName("correctionDate").setValue("2026-06-01");
        HtmlPage corrected = submit(last);

        // then
        assertThat(corrected.asNormalizedText()).contains("the log adds up to 12 again");
        assertThat(corrected.getElementById("log-check").asNormalizedText())
                .contains("The log adds up to 12, the subscription's quantity.");
        assertThat(corrected.getElementById("correction-form")).isNull();
        assertThat(corrected.getElementById("timeline").asNormalizedText()).contains("correction")
                .contains("Increase of 1 on 2026-06-01 never recorded");
        assertThat(data.quantity(automatic)).isEqualTo(12);
    }

    private HtmlPage replace(long manual, long automatic) throws Exception {
        HtmlPage subscription = browser.getPage(app.url("/subscriptions/" + manual));
        HtmlPage pick = ((HtmlAnchor) subscription.getElementById("replace-link")).click();
        HtmlForm pickForm = (HtmlForm) pick.getElementById("pick-form");
        pickForm.getSelectByName("automatic").setSelectedAttribute(String.valueOf(automatic), true);
        HtmlPage preview = ((HtmlButton) pickForm.getFirstByXPath(".//button")).click();
        HtmlPage result = ((HtmlButton) preview.getFirstByXPath("//form[@id='apply-form']//button")).click();
        assertThat(result.getUrl().getPath()).isEqualTo("/subscriptions/" + automatic);
        return result;
    }

    private static String createEventRow(HtmlPage page) {
        return ((org.htmlunit.html.HtmlElement) page.getFirstByXPath(
                "//table[@id='timeline']//tr[td[2][starts-with(normalize-space(.),'create')]]")).asNormalizedText();
    }

    /** The flags cell of the create event's row: "archived", "invoiced ...". */
    private static String createEventFlags(HtmlPage page) {
        return ((org.htmlunit.html.HtmlElement) page.getFirstByXPath(
                "//table[@id='timeline']//tr[td[2][starts-with(normalize-space(.),'create')]]/td[7]"))
                .asNormalizedText();
    }

    private static HtmlForm createEventForm(HtmlPage page) {
        return page.getFirstByXPath("//table[@id='timeline']//tr[td[2][starts-with(normalize-space(.),'create')]]"
                + "//form[starts-with(@id,'archive-')]");
    }

    private static HtmlPage submit(HtmlForm form) throws Exception {
        return ((HtmlButton) form.getFirstByXPath(".//button[@type='submit']")).click();
    }
}
