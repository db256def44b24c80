package org.seatkeeper.app.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URL;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.util.NameValuePair;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.seatkeeper.app.support.AdminBrowserFixture;
import org.seatkeeper.app.support.RunningApp;
import org.seatkeeper.billing.subscriptions.LicenseLedger;
import org.seatkeeper.db.Database;
import org.seatkeeper.db.audit.AuditLog;
import org.seatkeeper.db.contracts.BillingContract;
import org.seatkeeper.db.contracts.BillingContractRepository;
import org.seatkeeper.db.contracts.ContractStatus;
import org.seatkeeper.db.contracts.ContractTerms;
import org.seatkeeper.db.subscriptions.LicenseChange;
import org.seatkeeper.db.subscriptions.LicenseChangeRepository;
import org.seatkeeper.db.subscriptions.Subscription;
import org.seatkeeper.db.subscriptions.SubscriptionRepository;
import org.seatkeeper.db.subscriptions.SubscriptionState;

/**
 * The manual subscription forms through the page: a refusal answers 422 with the message by the field it concerns,
 * keeps what was typed, and writes nothing to the log; corrected, the same form saves. Each field's rules, case by
 * case, are ManualFormsTest's; here are one journey per form and what only the page and the ledger know (a closed
 * contract, a change dated before the log's last one or the start, a deactivated subscription). Today is 2026-12-10
 * on the app's clock.
 */
class ManualChangeRulesIT extends AdminBrowserFixture {

    private static final Instant NOW = Instant.parse("2026-12-10T09:00:00Z");

    private BillingData data;
    private Database db;
    private Clock clock;

    @Override
    protected RunningApp startApp() {
        return RunningApp.start(org.seatkeeper.app.context.StartOptions.forTest(RunningApp.tempDirectory())
                .withClock(Clock.fixed(NOW, ZoneOffset.UTC)));
    }

    @BeforeAll
    void prepareData() {
        db = app.application().context().database();
        clock = app.application().context().clock();
        data = new BillingData(db, clock, "rules");
    }

    // --- adding a manual subscription

    @Test
    void shouldRejectANegativeQuantityForANewSubscriptionByItsField() throws Exception {
        // given
        long customer = data.customer("Adventure Works");
        long contract = data.contract(customer);
        long product = data.product("MANUAL-NEG", "Exchange Online Plan 1", new BigDecimal("4"), new BigDecimal("3"));
        HtmlForm form = newSubscriptionForm(contract, "Exchange Online", product, "-3", "2026-12-01");

        // when
        HtmlPage refused = submit(form);

        // then
        assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(422);
        assertThat(text(refused, "quantity-error")).isEqualTo("A new subscription needs at least one license.");
        assertThat(refusedForm(refused).getInputByName("quantity").getValue()).isEqualTo("-3");
        assertThat(refusedForm(refused).getInputByName("name").getValue()).isEqualTo("Exchange Online");
        assertThat(subscriptionsOf(customer)).isZero();

        // when: corrected on the same form, to the most licenses a subscription may have
        HtmlForm again = refusedForm(refused);
        again.getInputByName("quantity").setValue("1000000");
        HtmlPage added = submit(again);

        // then
        assertThat(added.getWebResponse().getStatusCode()).isEqualTo(200);
        assertThat(added.asNormalizedText()).contains("Manual subscription added.").contains("1000000 licenses");
        assertThat(subscriptionsOf(customer)).isOne();
    }




    @Test
    void shouldRefuseToAddASubscriptionToAClosedContract() throws Exception {
        // given
        long customer = data.customer("Graphic Design Institute");
        long contract = data.contract(customer);
        long product = data.product("MANUAL-CLOSED", "Project Plan 3", new BigDecimal("30"), new BigDecimal("25"));
        HtmlPage open = browser.getPage(app.url("/subscriptions/new?contract=" + contract));
        close(contract);

        // when
        HtmlPage shown = browser.getPage(app.url("/subscriptions/new?contract=" + contract));
        HtmlPage refused = post(open, "/subscriptions/new?contract=" + contract, Map.of("name", "Project",
                "product", String.valueOf(product), "quantity", "3", "effectiveDate", "2026-12-01"));

        // then
        String closed = "This billing contract is closed: it takes no new subscriptions. Reopen it first if it "
                + "should bill again.";
        assertThat(text(shown, "refusal")).isEqualTo(closed);
        assertThat(shown.getForms()).noneMatch(f -> f.getActionAttribute().startsWith("/subscriptions/new"));
        assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(422);
        assertThat(text(refused, "refusal")).isEqualTo(closed);
        assertThat(subscriptionsOf(customer)).isZero();
        HtmlPage contractPage = browser.getPage(app.url("/contracts/" + contract));
        assertThat(contractPage.getElementById("add-manual-link")).as("no link to a form that refuses").isNull();
    }



    // --- changing a manual subscription


    @Test
    void shouldRejectABackDatedQuantityChangeByTheDateField() throws Exception {
        // given: the log's last change is on 2026-12-04
        long id = aManualSubscription("Margie's Travel", 10);
        data.changeQuantity(id, 12, LocalDate.of(2026, 12, 4));
        HtmlForm form = quantityForm(id, "15", "2026-11-15");

        // when
        HtmlPage refused = submit(form);

        // then
        assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(422);
        assertThat(text(refused, "effectiveDate-error"))
                .isEqualTo("The change cannot take effect before the last recorded change on 2026-12-04.");
        assertThat(refused.getElementById("quantity-error")).isNull();
        assertThat(quantityFormOf(refused).getInputByName("effectiveDate").getValue()).isEqualTo("2026-11-15");
        assertThat(quantityFormOf(refused).getInputByName("quantity").getValue()).isEqualTo("15");
        assertThat(log(id)).extracting(LicenseChange::quantityAfter).containsExactly(10, 12);
        assertThat(data.quantity(id)).isEqualTo(12);

        // when: the same change on the day of the last one
        HtmlForm again = quantityFormOf(refused);
        again.getInputByName("effectiveDate").setValue("2026-12-04");
        HtmlPage changed = submit(again);

        // then
        assertThat(changed.getUrl().getPath()).isEqualTo("/subscriptions/" + id);
        assertThat(log(id)).extracting(LicenseChange::quantityAfter).containsExactly(10, 12, 15);
        assertThat(text(changed, "log-check")).isEqualTo("The log adds up to 15, the subscription's quantity.");
    }

    @Test
    void shouldRefuseAReactivationDatedBeforeTheSuspensionItUndoes() throws Exception {
        // given: suspended from 2026-12-04
        long id = aManualSubscription("Nod Publishers", 6);
        db.transactions().run(() -> ledger().suspend(id, LocalDate.of(2026, 12, 4), "alice"));
        HtmlPage page = browser.getPage(app.url("/subscriptions/" + id));
        HtmlForm reactivate = (HtmlForm) page.getElementById("reactivate-form");
        reactivate.getInputByName("effectiveDate").setValueAttribute("2026-11-15");

        // when
        HtmlPage refused = submit(reactivate);

        // then
        assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(422);
        assertThat(text(refused, "change-error"))
                .isEqualTo("The change cannot take effect before the last recorded change on 2026-12-04.");
        assertThat(subscription(id).status()).isEqualTo(SubscriptionState.SUSPENDED);
        assertThat(log(id)).hasSize(2);
    }

    @Test
    void shouldShowAChangeBeforeTheStartByTheDateFieldNotTheQuantity() throws Exception {
        // given
        long id = aManualSubscription("Proseware", 10);
        HtmlForm form = quantityForm(id, "11", "2026-02-01");

        // when
        HtmlPage refused = submit(form);

        // then
        assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(422);
        assertThat(text(refused, "effectiveDate-error"))
                .isEqualTo("The change cannot take effect before the subscription started (2026-03-01).");
        assertThat(refused.getElementById("quantity-error")).isNull();
        assertThat(quantityFormOf(refused).getInputByName("quantity").getValue()).isEqualTo("11");
        assertThat(log(id)).hasSize(1);
    }




    @Test
    void shouldExplainThatADeactivatedSubscriptionHasNothingLeftToChange() throws Exception {
        // given
        long id = aManualSubscription("Wingtip Toys", 3);
        HtmlPage page = browser.getPage(app.url("/subscriptions/" + id));

        // when
        HtmlPage deactivated = submit((HtmlForm) page.getElementById("deactivate-form"));

        // then
        assertThat(text(deactivated, "changes")).isEqualTo(
                "Change this manual subscription\nDeactivated on 2026-12-10: nothing left to change.");
        assertThat(deactivated.getElementById("quantity-form")).isNull();
        assertThat(text(deactivated, "log-check")).isEqualTo("The log adds up to 0, the subscription's quantity.");
    }

    // --- helpers

    private long aManualSubscription(String customer, int quantity) {
        long contract = data.contract(data.customer(customer));
        long product = data.product("MANUAL-" + customer.hashCode(), "Microsoft 365 E5", new BigDecimal("57"),
                new BigDecimal("50"));
        return data.manual(contract, product, "Microsoft 365 E5", quantity);
    }

    private HtmlForm newSubscriptionForm(long contract, String name, long product, String quantity, String date)
            throws Exception {
        HtmlPage page = browser.getPage(app.url("/subscriptions/new?contract=" + contract));
        HtmlForm form = refusedForm(page);
        form.getInputByName("name").setValue(name);
        form.getSelectByName("product").setSelectedAttribute(String.valueOf(product), true);
        form.getInputByName("quantity").setValue(quantity);
        form.getInputByName("effectiveDate").setValue(date);
        return form;
    }

    private static HtmlForm refusedForm(HtmlPage page) {
        return page.getFirstByXPath("//form[starts-with(@action,'/subscriptions/new')]");
    }

    private HtmlForm quantityForm(long id, String quantity, String date) throws Exception {
        HtmlForm form = quantityFormOf(browser.getPage(app.url("/subscriptions/" + id)));
        form.getInputByName("quantity").setValue(quantity);
        form.getInputByName("effectiveDate").setValue(date);
        return form;
    }

    private static HtmlForm quantityFormOf(HtmlPage page) {
        return (HtmlForm) page.getElementById("quantity-form");
    }

    /** A POST as a stale or hand-made form would send it, with the session's CSRF token from {@code page}. */
    private HtmlPage post(HtmlPage page, String path, Map<String, String> fields) throws Exception {
        WebRequest request = new WebRequest(new URL(app.url(path)), HttpMethod.POST);
        List<NameValuePair> parameters = new ArrayList<>();
        parameters.add(new NameValuePair("_csrf", page.getElementsByName("_csrf").get(0).getAttribute("value")));
        fields.forEach((name, value) -> parameters.add(new NameValuePair(name, value)));
        request.setRequestParameters(parameters);
        return browser.getPage(request);
    }

    private static String text(HtmlPage page, String id) {
        assertThat(page.getElementById(id)).as("#" + id + " on " + page.getUrl()).isNotNull();
        return page.getElementById(id).asNormalizedText();
    }

    private HtmlPage submit(HtmlForm form) throws Exception {
        return ((HtmlButton) form.getFirstByXPath(".//button[@type='submit']")).click();
    }

    private void close(long contractId) {
        BillingContractRepository contracts = new BillingContractRepository(db.dsl(), clock);
        BillingContract c = contracts.findById(contractId).orElseThrow();
        contracts.update(c.id(), new ContractTerms(c.name(), c.currency().strip(), c.billingCycle(), c.billingDay(),
                c.startDate(), c.psaAgreementRef()), ContractStatus.CLOSED, false, c.version());
    }

    private int subscriptionsOf(long customerId) {
        return new BillingContractRepository(db.dsl(), clock).list(customerId, false, 0, 10).get(0).subscriptions();
    }

    private List<LicenseChange> log(long id) {
        return new LicenseChangeRepository(db.dsl(), clock).findBySubscription(id);
    }

    private Subscription subscription(long id) {
        return new SubscriptionRepository(db.dsl(), clock).findById(id).orElseThrow();
    }

    private LicenseLedger ledger() {
        return new LicenseLedger(new SubscriptionRepository(db.dsl(), clock),
                new LicenseChangeRepository(db.dsl(), clock), new AuditLog(db.dsl(), clock));
    }
}
