package org.seatkeeper.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.seatkeeper.app.support.AdminBrowserFixture;
import org.seatkeeper.db.audit.AuditEntity;
import org.seatkeeper.db.audit.AuditEntry;
import org.seatkeeper.db.audit.AuditFilter;
import org.seatkeeper.db.catalog.BillingCycle;
import org.seatkeeper.db.catalog.NewProduct;
import org.seatkeeper.db.catalog.Product;
import org.seatkeeper.db.catalog.ProductDetails;
import org.seatkeeper.db.catalog.ProductEdits;
import org.seatkeeper.db.catalog.ProductFilter;
import org.seatkeeper.db.catalog.ProductKey;
import org.seatkeeper.db.catalog.ProductRepository;
import org.seatkeeper.db.catalog.Term;

/**
 * The product form as a person fills it in: a refused amount and a saved one, an offer id the catalog has in another
 * case, a concurrent edit, and the audit trail. Each field's rules, case by case, are ProductFormTest's.
 */
class ProductFormRulesIT extends AdminBrowserFixture {

    private ProductRepository products;

    @BeforeAll
    void prepareData() {
        products = new ProductRepository(app.application().context().database().dsl(), Clock.systemUTC());
    }

    @Test
    void shouldRefuseAnAmbiguousCommaAndSayHowToTypeTheAmount() throws Exception {
        // when
        HtmlPage again = create("AMBIG-1", "Ambiguous", "USD", "1,250", "");

        // then
        assertThat(again.getWebResponse().getStatusCode()).isEqualTo(422);
        assertThat(again.getElementById("listPrice-error").asNormalizedText())
                .contains("1250").contains("point for decimals");
        assertThat(form(again).getInputByName("listPrice").getValue()).isEqualTo("1,250");
        assertThat(stored("AMBIG-1")).isEmpty();
    }

    @Test
    void shouldReadPlainAndGroupedAmountsExactly() throws Exception {
        // when
        HtmlPage saved = create("GROUPED-1", "Grouped", "USD", "1,250.00", "1250.5");

        // then
        assertThat(saved.getWebResponse().getStatusCode()).isEqualTo(200);
        Product product = stored("GROUPED-1").orElseThrow();
        assertThat(product.listPrice()).isEqualByComparingTo("1250.00");
        assertThat(product.unitCost()).isEqualByComparingTo("1250.5");

        // and the list shows them with a comma between thousands, while the form offers them plain to edit
        HtmlPage list = browser.getPage(app.url("/products?q=GROUPED-1"));
        assertThat(list.getElementById("product-list").asNormalizedText()).contains("1,250.00 USD")
                .contains("1,250.50 USD");
        HtmlForm edit = form(browser.getPage(app.url("/products/" + product.id())));
        assertThat(edit.getInputByName("listPrice").getValue()).isEqualTo("1250");
        assertThat(edit.getInputByName("unitCost").getValue()).isEqualTo("1250.5");
    }



    @Test
    void shouldRefuseAnOfferIdThatDiffersOnlyInCase() throws Exception {
        // given
        products.insert(new NewProduct(new ProductKey("X:2", Term.P1M, BillingCycle.MONTHLY, "USD"), "Existing",
                new BigDecimal("5"), null));

        // when
        HtmlPage again = create("x:2", "Lower case", "USD", "6", "");

        // then
        assertThat(again.getWebResponse().getStatusCode()).isEqualTo(422);
        assertThat(again.getElementById("offerId-error").asNormalizedText()).contains("already in the catalog")
                .contains("Existing");
        assertThat(products.search(new ProductFilter("x:2", null, false), 0, 10)).hasSize(1);
    }

    @Test
    void shouldKeepTypedPricesAndShowTheStoredOnesWhenSomeoneElseSavedFirst() throws Exception {
        // given: the page is open while someone else saves a price
        long id = products.insert(new NewProduct(new ProductKey("STALE-1", Term.P1M, BillingCycle.MONTHLY, "EUR"),
                "Stale", new BigDecimal("10"), new BigDecimal("8")));
        HtmlPage page = browser.getPage(app.url("/products/" + id));
        new ProductEdits(app.application().context().database().dsl())
                .update(id, new ProductDetails("Stale", new BigDecimal("11"), new BigDecimal("9")), 0);
        HtmlForm form = form(page);
        form.getInputByName("listPrice").setValue("12.40");
        form.getInputByName("unitCost").setValue("9.90");

        // when
        HtmlPage again = submit(form);

        // then: the form again, with what was typed and what is stored now; nothing overwritten
        assertThat(again.getWebResponse().getStatusCode()).isEqualTo(409);
        assertThat(again.getElementById("conflict").asNormalizedText()).contains("Someone changed")
                .contains("11.00 EUR").contains("9.00 EUR");
        assertThat(form(again).getInputByName("listPrice").getValue()).isEqualTo("12.40");
        assertThat(form(again).getInputByName("unitCost").getValue()).isEqualTo("9.90");
        assertThat(products.findById(id).orElseThrow().listPrice()).isEqualByComparingTo("11");

        // when: saved again from that page
        HtmlPage saved = submit(form(again));

        // then
        assertThat(saved.getWebResponse().getStatusCode()).isEqualTo(200);
        assertThat(products.findById(id).orElseThrow().listPrice()).isEqualByComparingTo("12.40");
    }

    @Test
    void shouldAuditPricesBeforeAndAfter() throws Exception {
        // given
        create("AUDIT-1", "Audited", "EUR", "10.50", "8");
        long id = stored("AUDIT-1").orElseThrow().id();
        HtmlForm form = form(browser.getPage(app.url("/products/" + id)));
        form.getInputByName("listPrice").setValue("11");
        form.getInputByName("unitCost").setValue("");

        // when
        submit(form);

        // then
        List<AuditEntry> entries = app.application().context().audit()
                .find(new AuditFilter(null, AuditEntity.PRODUCT, "Audited", null, null), 0, 10).stream()
                .filter(e -> e.entityId().equals(String.valueOf(id))).toList();
        assertThat(entries).hasSize(2);
        AuditEntry priced = entries.get(0);
        assertThat(priced.summary()).contains("10.50 EUR").contains("11.00 EUR");
        assertThat(priced.beforeState()).contains("\"listPrice\":\"10.50\"").contains("\"unitCost\":\"8.00\"")
                .contains("\"currency\":\"EUR\"");
        assertThat(priced.afterState()).contains("\"listPrice\":\"11.00\"").contains("\"unitCost\":null");
        AuditEntry created = entries.get(1);
        assertThat(created.beforeState()).isNull();
        assertThat(created.afterState()).contains("\"offerId\":\"AUDIT-1\"").contains("\"listPrice\":\"10.50\"")
                .contains("\"currency\":\"EUR\"");
    }

    private HtmlPage create(String offerId, String name, String currency, String price, String cost) throws Exception {
        HtmlForm form = form(browser.getPage(app.url("/products/new")));
        form.getInputByName("offerId").setValue(offerId);
        form.getInputByName("name").setValue(name);
        form.getInputByName("currency").setValue(currency);
        form.getInputByName("listPrice").setValue(price);
        form.getInputByName("unitCost").setValue(cost);
        return submit(form);
    }

    private java.util.Optional<Product> stored(String offerId) {
        return products.search(new ProductFilter(offerId, null, false), 0, 10).stream()
                .filter(p -> p.offerId().equals(offerId)).findFirst();
    }

    // the first form on a page is the sign-out button in the top bar
    private static HtmlForm form(HtmlPage page) {
        return page.getForms().get(1);
    }

    private static HtmlPage submit(HtmlForm form) throws Exception {
        return ((HtmlButton) form.getFirstByXPath(".//button[@type='submit']")).click();
    }
}
