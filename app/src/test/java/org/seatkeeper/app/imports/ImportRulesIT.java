package org.seatkeeper.app.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlFileInput;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.seatkeeper.app.subscriptions.BillingData;
import org.seatkeeper.app.support.AdminBrowserFixture;
import org.seatkeeper.db.Database;
import org.seatkeeper.db.catalog.Product;
import org.seatkeeper.db.catalog.ProductFilter;
import org.seatkeeper.db.catalog.ProductRepository;
import org.seatkeeper.db.subscriptions.Subscription;
import org.seatkeeper.db.subscriptions.SubscriptionRepository;

/**
 * The CSV import as a person uses it: what the preview says, what "Import" writes, and what it refuses. Each row and
 * file rule, case by case, is ImportRowsTest's.
 */
class ImportRulesIT extends AdminBrowserFixture {

    private static final String HEADER = "Subscription ID,SKU,Product,Quantity,Start Date,End Date\n";

    private BillingData data;
    private Database db;

    @BeforeAll
    void prepareData() {
        db = app.application().context().database();
        data = new BillingData(db, app.application().context().clock(), "import rules");
    }

    @Test
    void shouldImportThePreviewOnScreenOrSayItWasReplaced() throws Exception {
        // given: tabA.csv previewed for contract 1, then tabB.csv for contract 3 in a second tab
        long first = data.contract(data.customer("Tab A Ltd"));
        long third = data.contract(data.customer("Tab B Ltd"));
        HtmlPage previewA = upload(first, csv("tabA.csv", HEADER + "TAB-A,SKU-A,Tab A product,2,2026-02-01,\n"));
        HtmlPage previewB = upload(third, csv("tabB.csv", HEADER + "TAB-B,SKU-B,Tab B product,3,2026-02-01,\n"));

        // when: "Import" in the first tab
        HtmlPage refused = submit((HtmlForm) previewA.getElementById("confirm-form"));

        // then: nothing written, and the person knows why
        assertThat(refused.asNormalizedText()).contains("This preview was replaced by a newer one (tabB.csv for "
                + "contract #" + third + "); preview tabA.csv again.");
        assertThat(subscription("TAB-A")).isNull();
        assertThat(subscription("TAB-B")).isNull();

        // when: "Import" in the second tab
        HtmlPage imported = submit((HtmlForm) previewB.getElementById("confirm-form"));

        // then
        assertThat(imported.asNormalizedText()).contains("Imported tabB.csv: 1 created");
        assertThat(subscription("TAB-B").contractId()).isEqualTo(third);
        assertThat(subscription("TAB-A")).isNull();
    }

    @Test
    void shouldUseTheProductAlreadyInTheCatalogAndSayWhichRowsAddOne() throws Exception {
        // given
        long contract = data.contract(data.customer("Catalog Match Inc"));
        long existing = data.product("CFQ7TTC0LF8Q:0001:CFQ7TTC0K4ZS", "Office 365 E1", new BigDecimal("10.00"), null);
        Path file = csv("catalog.csv", HEADER
                + "CM-1,cfq7ttc0lf8q:0001:cfq7ttc0k4zs,Office 365 E1,4,2026-02-01,\n"
                + "CM-2,BRAND-NEW-SKU,Brand new,1,2026-02-01,\n");

        // when
        HtmlPage preview = upload(contract, file);

        // then
        assertThat(preview.getElementById("import-rows").asNormalizedText())
                .contains("Office 365 E1 (#" + existing + ")").contains("Brand new (new in the catalog, no price)");
        assertThat(preview.getElementById("new-products").asNormalizedText())
                .contains("1 row adds a product to the catalog");

        // when
        submit((HtmlForm) preview.getElementById("confirm-form"));

        // then: no second copy of the product, and the subscription is on the priced one
        List<Product> copies = new ProductRepository(db.dsl(), Clock.systemUTC())
                .search(new ProductFilter("CFQ7TTC0LF8Q:0001:CFQ7TTC0K4ZS", null, false), 0, 10);
        assertThat(copies).extracting(Product::id).containsExactly(existing);
        assertThat(subscription("CM-1").productId()).isEqualTo(existing);
    }


    @Test
    void shouldNameAColumnTheFileDoesNotHave() throws Exception {
        // given
        long contract = data.contract(data.customer("Wrong Header Co"));
        Path file = csv("foo.csv", "Foo,Bar\n1,2\n3,4\n");

        // when
        HtmlPage page = upload(contract, file, Map.of("quantityColumn", "Qty"));

        // then
        assertThat(page.getWebResponse().getStatusCode()).isEqualTo(422);
        assertThat(page.getElementById("quantityColumn-error").asNormalizedText())
                .isEqualTo("The file has no column \"Qty\"; its columns are: Foo, Bar.");
        assertThat(page.getElementById("confirm-form")).isNull();
        assertThat(((HtmlForm) page.getElementById("upload-form")).getInputByName("quantityColumn").getValue())
                .isEqualTo("Qty");
    }

    @Test
    void shouldNotOfferImportWhenNoRowCanBeImported() throws Exception {
        // given
        long contract = data.contract(data.customer("Nothing Valid Co"));
        Path file = csv("bad.csv", HEADER + "NV-1,SKU,Thing,many,2026-02-01,\nNV-2,SKU,Thing,0,2026-02-01,\n");

        // when
        HtmlPage page = upload(contract, file);

        // then
        assertThat(page.getElementById("import-summary").asNormalizedText()).contains("2 with errors");
        assertThat(page.getElementById("confirm-form")).isNull();
        assertThat(page.getElementById("nothing-to-import").asNormalizedText()).contains("No row can be imported");
    }

    @Test
    void shouldSayWhatIsWrongWithARowAndCountTheSkippedOnes() throws Exception {
        // given
        long contract = data.contract(data.customer("Row Messages Co"));
        Path file = csv("rows.csv", HEADER
                + "RM-1,SKU-R,Fine,2,2026-02-01,2027-01-31\n"
                + "RM-2,SKU-R,Short\n"
                + "RM-3,SKU-R,Huge,99999999999,2026-02-01,\n"
                + "RM-4,SKU-R,Backwards,1,2026-02-01,2026-01-01\n");

        // when
        HtmlPage preview = upload(contract, file);

        // then
        String rows = preview.getElementById("import-rows").asNormalizedText();
        assertThat(rows).contains("The row has 3 columns; the header has 6.")
                .contains("The quantity \"99999999999\" is too large.")
                .contains("The term end 2026-01-01 is before the start 2026-02-01.");

        // when
        HtmlPage imported = submit((HtmlForm) preview.getElementById("confirm-form"));

        // then
        assertThat(imported.asNormalizedText()).contains("Imported rows.csv: 1 created, 0 changed, 3 rows skipped.");
        assertThat(subscription("RM-4")).isNull();
    }


    @Test
    void shouldSendTheCsrfTokenAsAFormFieldNotInTheAddress() throws Exception {
        // given
        long contract = data.contract(data.customer("Token Co"));

        // when
        HtmlPage page = browser.getPage(app.url("/subscriptions/import?contract=" + contract));
        HtmlForm form = (HtmlForm) page.getElementById("upload-form");

        // then
        assertThat(form.getActionAttribute()).isEqualTo("/subscriptions/import?contract=" + contract)
                .doesNotContain("_csrf");
        assertThat(form.getInputByName("_csrf").getValue()).isNotBlank();

        // when: the token is missing
        form.getInputByName("_csrf").setValue("forged");
        HtmlPage refused = submit(form);

        // then
        assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(403);
    }

    private HtmlPage upload(long contract, Path csv) throws Exception {
        return upload(contract, csv, Map.of());
    }

    private HtmlPage upload(long contract, Path csv, Map<String, String> columns) throws Exception {
        HtmlPage form = browser.getPage(app.url("/subscriptions/import?contract=" + contract));
        HtmlForm upload = (HtmlForm) form.getElementById("upload-form");
        upload.getSelectByName("provider").setSelectedAttribute(String.valueOf(data.manualProviderId), true);
        ((HtmlFileInput) upload.getInputByName("file")).setFiles(csv.toFile());
        columns.forEach((name, value) -> upload.getInputByName(name).setValue(value));
        return submit(upload);
    }

    private Path csv(String name, String text) throws Exception {
        Path file = Files.createTempDirectory("import").resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private Subscription subscription(String externalId) {
        return new SubscriptionRepository(db.dsl(), Clock.systemUTC())
                .findByExternalIds(data.manualProviderId, List.of(externalId)).get(externalId);
    }

    private static HtmlPage submit(HtmlForm form) throws Exception {
        return ((HtmlButton) form.getFirstByXPath(".//button[@type='submit']")).click();
    }
}
