package org.seatkeeper.app.imports;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.seatkeeper.db.imports.ImportWidths;
import org.seatkeeper.db.subscriptions.SubscriptionRepository;

/** Every value an import writes is checked against the column it goes to: a message on its line, never a 500. */
class ImportFieldWidthsIT extends AdminBrowserFixture {

    private static final String HEADER = "Subscription ID,SKU,Product,Quantity,Start Date,End Date\n";

    private BillingData data;
    private Database db;

    @BeforeAll
    void prepareData() {
        db = app.application().context().database();
        data = new BillingData(db, app.application().context().clock(), "import widths");
    }

    @Test
    void shouldRefuseEachLineWhoseValueIsLongerThanItsColumn() throws Exception {
        // given a file whose lines each have one value too long to keep, and one good line
        long contract = data.contract(data.customer("Long Values Ltd"));
        String longId = "S".repeat(ImportWidths.SUBSCRIPTION_ID + 1);
        String longSku = "K".repeat(ImportWidths.OFFER + 50);
        String longName = "N".repeat(ImportWidths.NAME + 1);
        Path file = csv("long.csv", HEADER
                + longId + ",SKU-1,Fine name,2,2026-02-01,\n"
                + "LV-2," + longSku + ",Fine name,2,2026-02-01,\n"
                + "LV-3,SKU-3," + longName + ",2,2026-02-01,\n"
                + "LV-4,SKU-4,Too many,1000001,2026-02-01,\n"
                + "LV-5,SKU-5,Just right,3,2026-02-01,\n");

        // when it is previewed
        HtmlPage preview = upload(contract, file, Map.of());

        // then each refused line says which value is too long, by how much
        assertThat(preview.getWebResponse().getStatusCode()).isEqualTo(200);
        String rows = preview.getElementById("import-rows").asNormalizedText();
        assertThat(rows).contains("The subscription id (column \"Subscription ID\") has " + (ImportWidths.SUBSCRIPTION_ID + 1)
                        + " characters; at most " + ImportWidths.SUBSCRIPTION_ID + " fit.")
                .contains("The SKU (column \"SKU\") has " + (ImportWidths.OFFER + 50) + " characters; at most "
                        + ImportWidths.OFFER + " fit.")
                .contains("The name (column \"Product\") has " + (ImportWidths.NAME + 1) + " characters; at most "
                        + ImportWidths.NAME + " fit.")
                .contains("A subscription has at most 1,000,000 licenses.");

        // and importing writes the good line only
        HtmlPage imported = ((HtmlButton) ((HtmlForm) preview.getElementById("confirm-form"))
                .getFirstByXPath(".//button[@type='submit']")).click();
        assertThat(imported.getWebResponse().getStatusCode()).isEqualTo(200);
        assertThat(imported.asNormalizedText()).contains("1 created, 0 changed, 4 rows skipped.");
        assertThat(subscriptions().findByExternalIds(data.manualProviderId, List.of("LV-2", "LV-3", "LV-4", "LV-5")))
                .containsOnlyKeys("LV-5");
    }

    @Test
    void shouldRefuseAColumnHeaderLongerThanTheMappingKeeps() throws Exception {
        long contract = data.contract(data.customer("Long Header Ltd"));
        String header = "E".repeat(ImportWidths.COLUMN_HEADER + 1);

        HtmlPage page = upload(contract, csv("header.csv", HEADER + "LH-1,SKU-1,Fine,1,2026-02-01,\n"),
                Map.of("termEndColumn", header));

        assertThat(page.getWebResponse().getStatusCode()).isEqualTo(422);
        assertThat(page.getElementById("termEndColumn-error").asNormalizedText())
                .isEqualTo("Use at most " + ImportWidths.COLUMN_HEADER + " characters (this has "
                        + (ImportWidths.COLUMN_HEADER + 1) + ").");
    }

    private HtmlPage upload(long contract, Path csv, Map<String, String> columns) throws Exception {
        HtmlPage form = browser.getPage(app.url("/subscriptions/import?contract=" + contract));
        HtmlForm upload = (HtmlForm) form.getElementById("upload-form");
        upload.getSelectByName("provider").setSelectedAttribute(String.valueOf(data.manualProviderId), true);
        ((HtmlFileInput) upload.getInputByName("file")).setFiles(csv.toFile());
        columns.forEach((name, value) -> upload.getInputByName(name).setValue(value));
        return ((HtmlButton) upload.getFirstByXPath(".//button[@type='submit']")).click();
    }

    private static Path csv(String name, String text) throws Exception {
        Path file = Files.createTempDirectory("import").resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private SubscriptionRepository subscriptions() {
        return new SubscriptionRepository(db.dsl(), Clock.systemUTC());
    }
}
