package org.seatkeeper.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.seatkeeper.app.support.AdminBrowserFixture;
import org.seatkeeper.app.support.RunningApp;
import org.seatkeeper.db.audit.AuditEntity;
import org.seatkeeper.db.audit.AuditEntry;
import org.seatkeeper.db.audit.AuditFilter;
import org.seatkeeper.db.catalog.BillingCycle;
import org.seatkeeper.db.catalog.NewProduct;
import org.seatkeeper.db.catalog.Product;
import org.seatkeeper.db.catalog.ProductKey;
import org.seatkeeper.db.catalog.ProductRepository;
import org.seatkeeper.db.catalog.Term;

/** A clerk corrects an existing product's name (and its amounts) on the product page; its key stays as it is. */
class ProductEditJourneysIT extends AdminBrowserFixture {

    private static final String KEY_NOTE = "Offer, term, billing cycle and currency identify the product for the "
            + "provider sync, so they cannot be changed; add a new product instead.";

    private ProductRepository products;

    @BeforeAll
    void prepareData() {
        products = new ProductRepository(app.application().context().database().dsl(), Clock.systemUTC());
    }

    @Test
    void shouldRenameASyncedProductAndShowTheNewNameInTheListAndTheAudit() throws Exception {
        // given: a product the subscription sync added under the provider's name
        long id = products.ensureFromSync("RENAME-1", "MS365 BUS BASIC NCE COM MTH", Term.P1M, BillingCycle.MONTHLY,
                "EUR");
        HtmlPage page = browser.getPage(app.url("/products/" + id));
        assertThat(page.asNormalizedText()).contains(KEY_NOTE).contains("RENAME-1").contains("EUR");
        assertThat(form(page).getInputsByName("offerId")).isEmpty();
        assertThat(form(page).getInputsByName("currency")).isEmpty();
        HtmlForm form = form(page);
        form.getInputByName("name").setValue("Microsoft 365 Business Basic");

        // when
        HtmlPage saved = submit(form);

        // then
        assertThat(saved.getWebResponse().getStatusCode()).isEqualTo(200);
        assertThat(saved.asNormalizedText())
                .contains("Product MS365 BUS BASIC NCE COM MTH renamed to Microsoft 365 Business Basic.");
        String list = browser.<HtmlPage>getPage(app.url("/products?q=RENAME-1")).getElementById("product-list")
                .asNormalizedText();
        assertThat(list).contains("Microsoft 365 Business Basic").doesNotContain("MS365 BUS BASIC");
        String audit = browser.<HtmlPage>getPage(app.url("/audit?entity=PRODUCT&q=RENAME-1"))
                .getElementById("audit").asNormalizedText();
        assertThat(audit).contains("Update").contains(RunningApp.ADMIN)
                .contains("name: MS365 BUS BASIC NCE COM MTH → Microsoft 365 Business Basic");
        Product product = products.findById(id).orElseThrow();
        assertThat(product.key()).isEqualTo(new ProductKey("RENAME-1", Term.P1M, BillingCycle.MONTHLY, "EUR"));
        assertThat(product.priceMissing()).isTrue();
        assertThat(entries(id)).singleElement().satisfies(entry -> {
            assertThat(entry.username()).isEqualTo(RunningApp.ADMIN);
            assertThat(entry.beforeState()).isEqualTo("{\"name\":\"MS365 BUS BASIC NCE COM MTH\"}");
            assertThat(entry.afterState()).isEqualTo("{\"name\":\"Microsoft 365 Business Basic\"}");
        });
    }

    @Test
    void shouldSaveANewNameAndNewAmountsAsOneAuditedChange() throws Exception {
        // given
        long id = insert("BOTH-1", "Old wording", "10", "8");
        HtmlForm form = form(browser.getPage(app.url("/products/" + id)));
        form.getInputByName("name").setValue("New wording");
        form.getInputByName("listPrice").setValue("12.5");

        // when
        HtmlPage saved = submit(form);

        // then
        assertThat(saved.asNormalizedText())
                .contains("Product Old wording renamed to New wording; its price and cost are saved.");
        String audit = browser.<HtmlPage>getPage(app.url("/audit?entity=PRODUCT&q=BOTH-1"))
                .getElementById("audit").asNormalizedText();
        assertThat(audit).contains("name: Old wording → New wording").contains("listPrice: 10.00 → 12.50")
                .doesNotContain("unitCost:");
        assertThat(entries(id)).singleElement().satisfies(entry -> {
            assertThat(entry.summary()).contains("Old wording").contains("New wording").contains("10.00 EUR")
                    .contains("12.50 EUR");
            assertThat(entry.beforeState()).contains("\"name\":\"Old wording\"").contains("\"listPrice\":\"10.00\"")
                    .contains("\"unitCost\":\"8.00\"");
            assertThat(entry.afterState()).contains("\"name\":\"New wording\"").contains("\"listPrice\":\"12.50\"")
                    .contains("\"unitCost\":\"8.00\"");
        });
    }

    @Test
    void shouldSayNothingChangedAndWriteNoAuditEntryWhenSavedAsItWas() throws Exception {
        // given
        long id = insert("SAME-1", "Unchanged", "10.5", "");

        // when
        HtmlPage saved = submit(form(browser.getPage(app.url("/products/" + id))));

        // then
        assertThat(saved.getWebResponse().getStatusCode()).isEqualTo(200);
        assertThat(saved.asNormalizedText()).contains("Nothing changed: Unchanged already has this name, price "
                + "and cost.");
        assertThat(entries(id)).isEmpty();
        assertThat(products.findById(id).orElseThrow().version()).isZero();
    }

    @Test
    void shouldRefuseAnEmptyOrTooLongNameByTheFieldKeepingWhatWasTyped() throws Exception {
        // given
        long id = insert("NAME-1", "Kept name", "10", "8");
        HtmlForm form = form(browser.getPage(app.url("/products/" + id)));

        // when: the name cleared, a new price typed
        form.getInputByName("name").setValue("  ");
        form.getInputByName("listPrice").setValue("11");
        HtmlPage empty = submit(form);

        // then
        assertThat(empty.getWebResponse().getStatusCode()).isEqualTo(422);
        assertThat(empty.getElementById("name-error").asNormalizedText()).isEqualTo("Enter the product name.");
        assertThat(form(empty).getInputByName("listPrice").getValue()).isEqualTo("11");

        // when: a name longer than the column
        form = form(empty);
        form.getInputByName("name").setValue("N".repeat(301));
        HtmlPage tooLong = submit(form);

        // then
        assertThat(tooLong.getWebResponse().getStatusCode()).isEqualTo(422);
        assertThat(tooLong.getElementById("name-error").asNormalizedText())
                .isEqualTo("Use at most 300 characters (this has 301).");
        assertThat(form(tooLong).getInputByName("name").getValue()).isEqualTo("N".repeat(301));
        assertThat(form(tooLong).getInputByName("listPrice").getValue()).isEqualTo("11");
        assertThat(products.findById(id).orElseThrow().name()).isEqualTo("Kept name");
        assertThat(entries(id)).isEmpty();

        // when: corrected
        form = form(tooLong);
        form.getInputByName("name").setValue("N".repeat(300));
        HtmlPage saved = submit(form);

        // then
        assertThat(saved.getWebResponse().getStatusCode()).isEqualTo(200);
        assertThat(products.findById(id).orElseThrow()).extracting(Product::name, p -> p.listPrice().intValue())
                .containsExactly("N".repeat(300), 11);
    }

    @Test
    void shouldKeepTheTypedNameAndShowTheStoredOneWhenSomeoneElseSavedFirst() throws Exception {
        // given: this page is open while a colleague renames the product on theirs
        long id = insert("STALE-NAME-1", "Shared", "10", "8");
        HtmlPage page = browser.getPage(app.url("/products/" + id));
        try (WebClient colleague = RunningApp.browser()) {
            app.signInAsAdmin(colleague);
            HtmlForm theirs = form(colleague.getPage(app.url("/products/" + id)));
            theirs.getInputByName("name").setValue("Shared (theirs)");
            submit(theirs);
        }
        HtmlForm form = form(page);
        form.getInputByName("name").setValue("Shared (mine)");

        // when
        HtmlPage again = submit(form);

        // then: the form again with what was typed and what is stored now; nothing overwritten
        assertThat(again.getWebResponse().getStatusCode()).isEqualTo(409);
        assertThat(again.getElementById("conflict").asNormalizedText()).contains("Someone changed")
                .contains("Shared (theirs)").contains("10.00 EUR").contains("8.00 EUR");
        assertThat(form(again).getInputByName("name").getValue()).isEqualTo("Shared (mine)");
        assertThat(products.findById(id).orElseThrow().name()).isEqualTo("Shared (theirs)");
        assertThat(entries(id)).hasSize(1);

        // when: saved again from that page, deliberately
        HtmlPage saved = submit(form(again));

        // then
        assertThat(saved.getWebResponse().getStatusCode()).isEqualTo(200);
        assertThat(products.findById(id).orElseThrow().name()).isEqualTo("Shared (mine)");
        assertThat(entries(id)).hasSize(2).first().satisfies(entry -> assertThat(entry.summary())
                .contains("Shared (theirs)").contains("Shared (mine)"));
    }

    private long insert(String offerId, String name, String price, String cost) {
        return products.insert(new NewProduct(new ProductKey(offerId, Term.P1M, BillingCycle.MONTHLY, "EUR"), name,
                price.isEmpty() ? null : new BigDecimal(price), cost.isEmpty() ? null : new BigDecimal(cost)));
    }

    /** The product's audit entries, newest first. */
    private List<AuditEntry> entries(long id) {
        return app.application().context().audit().find(new AuditFilter(null, AuditEntity.PRODUCT, null, null, null), 0, 100)
                .stream().filter(e -> e.entityId().equals(String.valueOf(id))).toList();
    }

    // the first form on a page is the sign-out button in the top bar
    private static HtmlForm form(HtmlPage page) {
        return page.getForms().get(1);
    }

    private static HtmlPage submit(HtmlForm form) throws Exception {
        return ((HtmlButton) form.getFirstByXPath(".//button[@type='submit']")).click();
    }
}
