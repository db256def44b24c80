package org.seatkeeper.app.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.seatkeeper.app.support.AdminBrowserFixture;
import org.seatkeeper.db.Database;

class BillingJourneysIT extends AdminBrowserFixture {

    private BillingData data;

    @BeforeAll
    void prepareData() {
        Database db = app.application().context().database();
        data = new BillingData(db, app.application().context().clock(), "journeys");
    }

    @Test
    void shouldShowAMissingPriceInTheHealthCheckAndFixIt() throws Exception {
        // given: a synced product nobody priced yet
        long contract = data.contract(data.customer("Northwind Traders"));
        long product = data.product("CFQ7TTC0LDPB:0001:P1M", "Teams Essentials", null, null);
        data.automatic(contract, product, "Teams Essentials", 5, BillingData.START);
        HtmlPage page = browser.getPage(app.url("/contracts/" + contract));
        assertThat(page.getElementById("problems").asNormalizedText())
                .contains("Teams Essentials").contains("has neither a list price nor a cost");
        assertThat(page.getElementById("monthly-total").asNormalizedText())
                .isEqualTo("0.00 USD without 1 subscription that has no price in USD");

        // when
        HtmlPage form = ((HtmlAnchor) page.getFirstByXPath("//ul[@id='problems']//a[text()='Enter the list price or cost']"))
                .click();
        HtmlForm priceForm = form.getForms().get(1);
        priceForm.getInputByName("listPrice").setValue("4.00");
        priceForm.getInputByName("unitCost").setValue("3.20");
        HtmlPage back = submit(priceForm);

        // then
        assertThat(back.getUrl().getPath()).isEqualTo("/contracts/" + contract);
        assertThat(back.getElementById("problems")).isNull();
        assertThat(back.getElementById("healthy")).isNotNull();
        assertThat(back.getElementById("monthly-total").asNormalizedText()).isEqualTo("20.00 USD");
    }

    @Test
    void shouldArchiveAnEventWithAReasonAndRefuseOneWithout() throws Exception {
        // given
        long contract = data.contract(data.customer("Contoso Pharmaceuticals"));
        long product = data.product("MANUAL-E3", "Office 365 E3", new BigDecimal("23"), new BigDecimal("20"));
        long id = data.manual(contract, product, "Office 365 E3", 8);
        HtmlPage page = browser.getPage(app.url("/subscriptions/" + id));
        HtmlForm archive = page.getFirstByXPath("//form[starts-with(@id,'archive-')]");

        // when: no reason first
        HtmlPage refused = submit(archive);

        // then
        assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(422);
        assertThat(refused.asNormalizedText()).contains("Give a reason: it is kept in the audit log.");

        // when: a reason longer than the log keeps
        HtmlForm tooLong = refused.getFirstByXPath("//form[starts-with(@id,'archive-')]");
        tooLong.getInputByName("reason").removeAttribute("maxlength");
        tooLong.getInputByName("reason").setValue("x".repeat(501));
        HtmlPage refusedAgain = submit(tooLong);

        // then: refused on the page, with what was typed kept
        assertThat(refusedAgain.getWebResponse().getStatusCode()).isEqualTo(422);
        assertThat(refusedAgain.asNormalizedText()).contains("Keep the reason to 500 characters (this one has 501).");
        HtmlForm again = refusedAgain.getFirstByXPath("//form[starts-with(@id,'archive-')]");
        assertThat(again.getInputByName("reason").getValue()).hasSize(501);

        // when
        again.getInputByName("reason").setValue("Billed outside Seatkeeper");
        HtmlPage archived = submit(again);

        // then
        assertThat(archived.getUrl().getPath()).isEqualTo("/subscriptions/" + id);
        assertThat(archived.getElementById("timeline").asNormalizedText())
                .contains("archived").contains("Billed outside Seatkeeper");
        assertThat(archived.asNormalizedText()).contains("Event archived");
    }

    @Test
    void shouldReplaceTheManualSubscriptionWithTheAutomaticOne() throws Exception {
        // given: the worked example of the seeds
        long contract = data.contract(data.customer("Fabrikam Inc"));
        long product = data.product("MANUAL-BP", "Microsoft 365 Business Premium", new BigDecimal("22"),
                new BigDecimal("18"));
        long manual = data.manual(contract, product, "Microsoft 365 Business Premium", 10);
        data.changeQuantity(manual, 12, LocalDate.of(2026, 4, 1));
        data.changeQuantity(manual, 11, LocalDate.of(2026, 5, 1));
        long automatic = data.automatic(contract, product, "Microsoft 365 Business Premium", 11,
                LocalDate.of(2026, 6, 10));

        // when: pick (the same product is suggested), preview, apply
        HtmlPage subscription = browser.getPage(app.url("/subscriptions/" + manual));
        HtmlPage pick = ((HtmlAnchor) subscription.getElementById("replace-link")).click();
        HtmlForm pickForm = (HtmlForm) pick.getElementById("pick-form");
        assertThat(pickForm.getSelectByName("automatic").getSelectedOptions().get(0).getValueAttribute())
                .isEqualTo(String.valueOf(automatic));
        HtmlPage preview = ((HtmlButton) pickForm.getFirstByXPath(".//button")).click();
        String steps = preview.getElementById("preview").asNormalizedText();
        HtmlPage result = ((HtmlButton) preview.getFirstByXPath("//form[@id='apply-form']//button")).click();

        // then
        assertThat(steps).contains("Move increase event").contains("Move decrease event")
                .contains("to 10 on 2026-03-01").contains("archiving the deactivation");
        assertThat(result.getUrl().getPath()).isEqualTo("/subscriptions/" + automatic);
        assertThat(result.asNormalizedText()).contains("The log adds up to the provider's quantity of 11");
        String timeline = result.getElementById("timeline").asNormalizedText();
        assertThat(timeline).contains("2026-03-01").contains("+2").contains("-1").contains("archived");
        HtmlPage manualAfter = browser.getPage(app.url("/subscriptions/" + manual));
        assertThat(manualAfter.asNormalizedText()).contains("deactivated");
        assertThat(manualAfter.getElementById("timeline").asNormalizedText()).contains("deactivate");
    }

    @Test
    void shouldAskForAConfirmationBeforeReplacingWithASubscriptionForAnotherProduct() throws Exception {
        // given
        long contract = data.contract(data.customer("Wingtip Toys"));
        long e1 = data.product("MANUAL-E1", "Office 365 E1", new BigDecimal("10"), new BigDecimal("8"));
        long basic = data.product("MANUAL-BB", "Microsoft 365 Business Basic", new BigDecimal("6"), new BigDecimal("5"));
        long manual = data.manual(contract, e1, "Office 365 E1", 13);
        long automatic = data.automatic(contract, basic, "Microsoft 365 Business Basic", 13, LocalDate.of(2026, 6, 10));
        HtmlPage preview = browser.getPage(app.url("/subscriptions/" + manual + "/replace?automatic=" + automatic));
        assertThat(preview.getElementById("product-warning").asNormalizedText()).contains("are for different products");

        // when: applied without ticking the confirmation
        HtmlForm apply = (HtmlForm) preview.getElementById("apply-form");
        HtmlPage refused = ((HtmlButton) apply.getFirstByXPath(".//button")).click();

        // then: nothing happened, and the page says what to do
        assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(422);
        assertThat(refused.getElementById("differentProductConfirmed-error").asNormalizedText())
                .contains("Tick this to replace the subscription with one for another product.");
        assertThat(data.quantity(manual)).isEqualTo(13);
        assertThat(browser.<HtmlPage>getPage(app.url("/subscriptions/" + manual)).asNormalizedText())
                .doesNotContain("deactivated");

        // when: confirmed
        HtmlForm confirm = (HtmlForm) refused.getElementById("apply-form");
        confirm.getInputByName("differentProductConfirmed").setChecked(true);
        HtmlPage result = ((HtmlButton) confirm.getFirstByXPath(".//button")).click();

        // then
        assertThat(result.getUrl().getPath()).isEqualTo("/subscriptions/" + automatic);
        assertThat(result.asNormalizedText()).contains("Replaced manual subscription #" + manual);
    }

    @Test
    void shouldRefuseTheReplacementWhenTheAutomaticSubscriptionHasHistory() throws Exception {
        // given
        long contract = data.contract(data.customer("Tailspin Toys"));
        long product = data.product("MANUAL-F3", "Microsoft 365 F3", new BigDecimal("8"), new BigDecimal("6"));
        long manual = data.manual(contract, product, "Microsoft 365 F3", 4);
        long automatic = data.manual(contract, product, "Microsoft 365 F3 (typed twice)", 4);

        // when
        HtmlPage page = browser.getPage(app.url("/subscriptions/" + manual + "/replace?automatic=" + automatic));

        // then
        assertThat(page.getElementById("refusal").asNormalizedText()).contains("is not synced from an automatic");
        assertThat(page.getElementById("preview")).isNull();
    }

    @Test
    void shouldRefuseAQuantityChangeOnAPageSomeoneElseChangedMeanwhileAndApplyItOnceResubmitted() throws Exception {
        // given
        long contract = data.contract(data.customer("Northwind Traders"));
        long product = data.product("MANUAL-BP-SEEN", "Microsoft 365 Business Premium", new BigDecimal("22"),
                new BigDecimal("19"));
        long id = data.manual(contract, product, "Business Premium", 10);
        HtmlPage page = browser.getPage(app.url("/subscriptions/" + id));
        HtmlForm form = (HtmlForm) page.getElementById("quantity-form");
        form.getInputByName("quantity").setValue("15");

        // when: a colleague changes it to 12 before this page's change is sent
        data.changeQuantity(id, 12, BillingData.START.plusMonths(1));
        HtmlPage refused = submit(form);

        // then
        assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(422);
        assertThat(refused.asNormalizedText()).contains("Someone changed subscription #" + id
                + " since this page was opened: it now has 12 licenses");
        HtmlForm again = (HtmlForm) refused.getElementById("quantity-form");
        assertThat(again.getInputByName("quantity").getValue()).isEqualTo("15");
        assertThat(data.quantity(id)).isEqualTo(12);

        // when: sent again from the page as it is now
        HtmlPage changed = submit(again);

        // then
        assertThat(changed.getUrl().getPath()).isEqualTo("/subscriptions/" + id);
        assertThat(changed.asNormalizedText()).contains("Quantity changed to 15");
        assertThat(data.quantity(id)).isEqualTo(15);
        assertThat(changed.getElementById("log-check").asNormalizedText())
                .contains("The log adds up to 15, the subscription's quantity.");
    }

    @Test
    void shouldKeepTheInputAndShowAMessageByEachWrongField() throws Exception {
        // given
        HtmlPage page = browser.getPage(app.url("/products/new"));
        HtmlForm form = page.getForms().get(1);
        form.getInputByName("offerId").setValue("CFQ7TTC0LH18:0001:P1M");
        form.getInputByName("name").setValue("");
        form.getInputByName("currency").setValue("dollars");
        form.getInputByName("listPrice").setValue("twelve");

        // when
        HtmlPage again = submit(form);

        // then
        assertThat(again.getWebResponse().getStatusCode()).isEqualTo(422);
        assertThat(again.getElementById("name-error").asNormalizedText()).contains("Enter the product name");
        assertThat(again.getElementById("currency-error").asNormalizedText()).contains("3-letter currency code");
        assertThat(again.getElementById("listPrice-error").asNormalizedText()).contains("as a number");
        assertThat(again.getForms().get(1).getInputByName("offerId").getValue()).isEqualTo("CFQ7TTC0LH18:0001:P1M");
    }

    @Test
    void shouldPreviewConfirmAndReimportACsvFileWithoutChanges() throws Exception {
        // given
        long contract = data.contract(data.customer("Wide World Importers"));
        java.nio.file.Path csv = java.nio.file.Files.createTempFile("ecexpress", ".csv");
        java.nio.file.Files.writeString(csv, "Subscription ID,SKU,Product,Quantity,Start Date,End Date\n"
                + "EC-1001,MS-365-BP,Microsoft 365 Business Premium,12,2026-02-01,2027-01-31\n"
                + "EC-1002,MS-365-E3,\"Office 365 E3, annual\",5,2026-02-15,\n"
                + "EC-1003,MS-TEAMS,Teams Essentials,many,2026-02-15,\n");

        // when: upload and preview
        HtmlPage preview = upload(contract, csv);

        // then: nothing written yet, the bad row says why
        assertThat(preview.getElementById("import-summary").asNormalizedText())
                .isEqualTo("2 to create · 0 to change · 0 unchanged · 1 with errors");
        assertThat(preview.getElementById("import-rows").asNormalizedText())
                .contains("The quantity \"many\" is not a whole number.");
        assertThat(browser.getPage(app.url("/contracts/" + contract)).getWebResponse().getContentAsString())
                .doesNotContain("EC-1001").doesNotContain("Office 365 E3, annual");

        // when: confirm
        HtmlPage imported = submit((HtmlForm) preview.getElementById("confirm-form"));

        // then
        assertThat(imported.asNormalizedText()).contains("2 created, 0 changed");
        assertThat(imported.getElementById("subscription-list").asNormalizedText())
                .contains("Microsoft 365 Business Premium").contains("Office 365 E3, annual");

        // when: the same file again (the mapping is remembered)
        HtmlPage again = upload(contract, csv);
        HtmlPage reimported = submit((HtmlForm) again.getElementById("confirm-form"));

        // then
        assertThat(again.getElementById("import-summary").asNormalizedText())
                .isEqualTo("0 to create · 0 to change · 2 unchanged · 1 with errors");
        assertThat(reimported.asNormalizedText()).contains("0 created, 0 changed (nothing to change)");
    }

    private HtmlPage upload(long contract, java.nio.file.Path csv) throws Exception {
        HtmlPage form = browser.getPage(app.url("/subscriptions/import?contract=" + contract));
        HtmlForm upload = (HtmlForm) form.getElementById("upload-form");
        upload.getSelectByName("provider").setSelectedAttribute(String.valueOf(data.manualProviderId), true);
        ((org.htmlunit.html.HtmlFileInput) upload.getInputByName("file")).setFiles(csv.toFile());
        return submit(upload);
    }

    private static HtmlPage submit(HtmlForm form) throws Exception {
        return ((HtmlButton) form.getFirstByXPath(".//button[@type='submit']")).click();
    }
}
