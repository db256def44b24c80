package org.seatkeeper.app.mismatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.htmlunit.Page;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;
import org.htmlunit.html.HtmlTableRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.app.support.RunningApp;
import org.seatkeeper.app.support.SettableClock;
import org.seatkeeper.app.context.StartOptions;
import org.springframework.batch.core.BatchStatus;

/** A billing person reads the license mismatch report, filters it, acknowledges a finding and exports the CSV. */
class MismatchReportIT {

    /** Seatkeeper's clock stands at noon UTC of a day, so the chart's day is the day reconciled, midnight or not. */
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private final SettableClock clock = new SettableClock(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC));
    private final RunningApp app = RunningApp.start(StartOptions.forTest(RunningApp.tempDirectory()).withClock(clock));
    private final WebClient browser = RunningApp.browser();
    private long contosoUnder;
    private long fabrikamOver;

    @BeforeEach
    void craftAndReconcile() {
        MismatchData data = new MismatchData(app.application().context().database(), clock);
        data.provider("Partner Center");
        long contoso = data.customer("Contoso");
        long fabrikam = data.customer("Fabrikam");
        long e3 = data.product("E3", "10");
        long e5 = data.product("E5", "1000");
        long contosoContract = data.contract(contoso);
        long fabrikamContract = data.contract(fabrikam);
        long contosoAccount = data.account(contoso, "Contoso Ltd");
        long fabrikamAccount = data.account(fabrikam, "Fabrikam Inc");
        data.account(null, "Northwind Traders");
        contosoUnder = data.subscription(contosoContract, contosoAccount, e3, "Contoso E3", 5, 8);
        fabrikamOver = data.subscription(fabrikamContract, fabrikamAccount, e5, "Fabrikam E5", 5, 3);
        data.subscription(contosoContract, contosoAccount, e5, "Contoso E5", 2, 2);
        assertThat(data.reconcile(TODAY)).isEqualTo(BatchStatus.COMPLETED);
    }

    @AfterEach
    void stop() {
        browser.close();
        app.close();
    }

    @Test
    void shouldFilterAcknowledgeAndExportTheLicenseMismatchReport() throws Exception {
        // given a signed-in administrator on the report
        app.signInAsAdmin(browser);
        HtmlPage report = browser.getPage(app.url("/mismatches"));
        assertThat(report.getElementById("open-findings").asNormalizedText()).isEqualTo("3");
        assertThat(report.getElementById("money-at-stake").asNormalizedText()).isEqualTo("2,030.00 EUR");
        // largest money at stake first: Fabrikam over-bills 2 x 1000, Contoso under-bills 3 x 10, Northwind unmapped
        List<HtmlTableRow> rows = findingRows(report);
        assertThat(rows).extracting(r -> r.getCell(1).asNormalizedText())
                .containsExactly("Fabrikam\nPartner Center", "Contoso\nPartner Center", "(no customer)\nPartner Center");
        assertThat(rows.get(0).asNormalizedText()).contains("Over-billing").contains("2,000.00 EUR").contains("-2");
        Object fixLink = rows.get(0).getCell(13).getFirstByXPath(".//a[@href='/subscriptions/" + fabrikamOver + "']");
        assertThat(fixLink).isNotNull();
        assertThat(report.getElementById("groups").asNormalizedText()).contains("Provider vs Seatkeeper").contains("Unmapped");

        // when she filters to one check and one customer
        HtmlForm filters = (HtmlForm) report.getElementById("filters");
        ((HtmlSelect) filters.getSelectByName("check")).setSelectedAttribute("PROVIDER_VS_SEATKEEPER", true);
        ((HtmlSelect) filters.getSelectByName("customer")).getOptionByText("Contoso").setSelected(true);
        HtmlPage filtered = ((HtmlButton) filters.getFirstByXPath(".//button[@type='submit']")).click();

        // then only Contoso's provider difference is shown, side by side
        List<HtmlTableRow> only = findingRows(filtered);
        assertThat(only).hasSize(1);
        assertThat(only.get(0).getId()).isEqualTo("finding-" + findingIdOf(only.get(0)));
        assertThat(only.get(0).asNormalizedText()).contains("Contoso E3").contains("Under-billing").contains("+3")
                .contains("30.00 EUR");
        assertThat(only.get(0).getCell(3).asNormalizedText()).isEqualTo("8");
        assertThat(only.get(0).getCell(4).asNormalizedText()).isEqualTo("5");

        // when she acknowledges it with a note, it stays visible, marked, and the filter is kept
        HtmlForm ack = only.get(0).getFirstByXPath(".//form[@action='/mismatches/acknowledge']");
        ack.getInputByName("note").setValue("Customer ordered 3 more, invoice in December");
        HtmlPage acknowledged = ((HtmlButton) ack.getFirstByXPath(".//button")).click();
        assertThat(acknowledged.asNormalizedText()).contains("Finding acknowledged.");
        List<HtmlTableRow> after = findingRows(acknowledged);
        assertThat(after).hasSize(1);
        assertThat(after.get(0).asNormalizedText()).contains("Acknowledged")
                .contains("by admin: Customer ordered 3 more, invoice in December");

        // and the CSV export holds exactly what the filter shows
        Page csv = ((HtmlAnchor) acknowledged.getElementById("csv")).click();
        assertThat(csv.getWebResponse().getContentType()).isEqualTo("text/csv");
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(csv.getWebResponse().getContentAsString())).getRecords();
        assertThat(records).hasSize(1);
        assertThat(records.get(0).get("customer")).isEqualTo("Contoso");
        assertThat(records.get(0).get("P")).isEqualTo("8");
        assertThat(records.get(0).get("S")).isEqualTo("5");
        assertThat(records.get(0).get("money at stake")).isEqualTo("30.0000");
        assertThat(records.get(0).get("acknowledged by")).isEqualTo("admin");
        assertThat(records.get(0).get("fix")).isEqualTo("/subscriptions/" + contosoUnder);

        // the unfiltered export has every open finding, largest first
        Page all = browser.getPage(app.url("/mismatches.csv"));
        List<CSVRecord> everything = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(all.getWebResponse().getContentAsString())).getRecords();
        assertThat(everything).extracting(r -> r.get("customer")).containsExactly("Fabrikam", "Contoso", "(no customer)");
        // with its amounts plain, no thousands separator, so that a spreadsheet reads them as numbers
        assertThat(everything.get(0).get("unit price")).isEqualTo("1000.0000");
        assertThat(everything.get(0).get("money at stake")).isEqualTo("2000.0000");
    }

    @Test
    void shouldShowTheMismatchCardAndChartDataOnTheDashboardAndRunReconciliationOnDemand() throws Exception {
        HtmlPage dashboard = app.signInAsAdmin(browser);
        assertThat(dashboard.asNormalizedText()).contains("Open license mismatches / money at stake").contains("3 / 2,030.00 EUR");
        assertThat(dashboard.getElementById("mismatch-chart").getAttribute("data-source")).isEqualTo("/mismatches/chart.json");
        String json = browser.getPage(app.url("/mismatches/chart.json")).getWebResponse().getContentAsString();
        assertThat(json).contains("\"labels\":[\"" + TODAY + "\"]").contains("\"openFindings\":[3]")
                .contains("\"EUR\":[2030");

        HtmlPage report = browser.getPage(app.url("/mismatches"));
        HtmlPage started = ((HtmlButton) report.getFirstByXPath("//form[@id='run-now']//button")).click();
        assertThat(started.asNormalizedText()).contains("Reconciliation started");
    }

    private static List<HtmlTableRow> findingRows(HtmlPage page) {
        return page.getByXPath("//table[@id='findings']/tbody/tr[starts-with(@id,'finding-')]");
    }

    private static String findingIdOf(HtmlTableRow row) {
        return row.getId().substring("finding-".length());
    }
}
