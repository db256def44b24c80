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
import org.htmlunit.html.HtmlElement;
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
import org.seatkeeper.db.audit.AuditFilter;
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
        assertThat(report.getElementById("acknowledged-findings").asNormalizedText()).isEqualTo("0");
        // the columns say whose number each is, in words
        assertThat(report.<HtmlElement>getByXPath("//table[@id='findings']/thead//th")).extracting(
                th -> th.asNormalizedText().lines().findFirst().orElse("")).containsExactly("Finding", "Provider",
                "Seatkeeper", "Log", "PSA", "Tenant", "Difference", "Money at stake", "First seen", "Action");
        // grouped by customer, the customer with the most money at stake first, each with its counts:
        // Fabrikam over-bills 2 x 1000, Contoso under-bills 3 x 10, Northwind is unmapped
        assertThat(report.<HtmlElement>getByXPath("//table[@id='findings']//tr[@class='mm-customer-head']"))
                .extracting(HtmlElement::asNormalizedText).containsExactly(
                        "Fabrikam 1 open · 2,000.00 EUR at stake", "Contoso 1 open · 30.00 EUR at stake",
                        "(no customer) 1 open · none at stake");
        List<HtmlTableRow> rows = findingRows(report);
        assertThat(rows.get(0).asNormalizedText()).contains("Fabrikam E5").contains("Partner Center");
        // the difference and its direction: down and red for over-billing, up for under-billing
        HtmlElement over = rows.get(0).getFirstByXPath(".//td[@data-label='Difference']/span[contains(@class,'mm-diff')]");
        assertThat(over.asNormalizedText()).isEqualTo("\u25BC -2");
        assertThat(over.getAttribute("class")).contains("mm-over");
        assertThat(rows.get(0).asNormalizedText()).contains("Over-billing").contains("2,000.00 EUR");
        HtmlElement under = rows.get(1).getFirstByXPath(".//td[@data-label='Difference']/span[contains(@class,'mm-diff')]");
        assertThat(under.asNormalizedText()).isEqualTo("\u25B2 +3");
        assertThat(under.getAttribute("class")).contains("mm-under");
        Object fixLink = rows.get(0).getFirstByXPath(".//td[@data-label='Action']//a[@href='/subscriptions/" + fabrikamOver + "']");
        assertThat(fixLink).isNotNull();
        assertThat(report.getElementById("groups").asNormalizedText()).contains("Fabrikam").contains("Provider vs Seatkeeper 1")
                .contains("Unmapped 1");

        // when she filters to one check and one customer
        HtmlForm filters = (HtmlForm) report.getElementById("filters");
        ((HtmlSelect) filters.getSelectByName("check")).setSelectedAttribute("PROVIDER_VS_SEATKEEPER", true);
        ((HtmlSelect) filters.getSelectByName("customer")).getOptionByText("Contoso").setSelected(true);
        HtmlPage filtered = ((HtmlButton) filters.getFirstByXPath(".//button[@type='submit']")).click();

        // then only Contoso's provider difference is shown, the numbers side by side under their names
        List<HtmlTableRow> only = findingRows(filtered);
        assertThat(only).hasSize(1);
        assertThat(only.get(0).getId()).isEqualTo("finding-" + findingIdOf(only.get(0)));
        assertThat(only.get(0).asNormalizedText()).contains("Contoso E3").contains("Under-billing").contains("+3")
                .contains("30.00 EUR");
        assertThat(cell(only.get(0), "Provider")).isEqualTo("8");
        assertThat(cell(only.get(0), "Seatkeeper")).isEqualTo("5");

        // when she acknowledges it with a note too long to keep, the report says so at the row and keeps her note
        String tooLong = "Customer ordered 3 more. ".repeat(41);
        HtmlForm ack = only.get(0).getFirstByXPath(".//form[@action='/mismatches/acknowledge']");
        assertThat(ack.getInputByName("_csrf").getValue()).isNotBlank();
        ack.getInputByName("note").setValue(tooLong);
        HtmlPage refused = ((HtmlButton) ack.getFirstByXPath(".//button")).click();
        assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(422);
        HtmlTableRow refusedRow = findingRows(refused).get(0);
        HtmlForm kept = refusedRow.getFirstByXPath(".//form[@action='/mismatches/acknowledge']");
        assertThat(kept.getInputByName("note").getValue()).isEqualTo(tooLong.trim());
        assertThat(refusedRow.asNormalizedText()).contains("at most 1000 fit");
        assertThat(refused.getElementById("open-findings").asNormalizedText()).isEqualTo("1");

        // when she shortens it, the finding is acknowledged at its row: it stays visible, marked, the filter is kept,
        // and it leaves the open count and the money at stake, which show it apart
        kept.getInputByName("note").setValue("Customer ordered 3 more, invoice in December");
        HtmlPage acknowledged = ((HtmlButton) kept.getFirstByXPath(".//button")).click();
        assertThat(acknowledged.asNormalizedText()).contains("Finding acknowledged.");
        List<HtmlTableRow> after = findingRows(acknowledged);
        assertThat(after).hasSize(1);
        assertThat(after.get(0).asNormalizedText()).contains("Acknowledged")
                .contains("by admin: Customer ordered 3 more, invoice in December");
        assertThat(acknowledged.getElementById("open-findings").asNormalizedText()).isEqualTo("0");
        assertThat(acknowledged.getElementById("money-at-stake").asNormalizedText()).isEqualTo("none");
        assertThat(acknowledged.getElementById("acknowledged-findings").asNormalizedText()).isEqualTo("1");
        assertThat(acknowledged.getElementById("acknowledged-money").asNormalizedText()).startsWith("30.00 EUR at stake");
        HtmlPage everything = browser.getPage(app.url("/mismatches"));
        assertThat(everything.getElementById("open-findings").asNormalizedText()).isEqualTo("2");
        assertThat(everything.getElementById("money-at-stake").asNormalizedText()).isEqualTo("2,000.00 EUR");
        assertThat(everything.<HtmlElement>getByXPath("//table[@id='findings']//tr[@class='mm-customer-head']"))
                .extracting(HtmlElement::asNormalizedText).contains("Contoso 0 open · 1 acknowledged · none at stake");
        // and the audit log says who acknowledged what, with the note
        assertThat(app.application().context().audit().find(AuditFilter.none(), 0, 20)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("ACKNOWLEDGE");
            assertThat(e.username()).isEqualTo("admin");
        });

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
        List<CSVRecord> allRecords = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(all.getWebResponse().getContentAsString())).getRecords();
        assertThat(allRecords).extracting(r -> r.get("customer")).containsExactly("Fabrikam", "Contoso", "(no customer)");
        // with its amounts plain, no thousands separator, so that a spreadsheet reads them as numbers
        assertThat(allRecords.get(0).get("unit price")).isEqualTo("1000.0000");
        assertThat(allRecords.get(0).get("money at stake")).isEqualTo("2000.0000");
    }

    @Test
    void shouldLetEveryFindingReadAsACardOnAPhone() throws Exception {
        app.signInAsAdmin(browser);
        HtmlPage report = browser.getPage(app.url("/mismatches"));
        // on a narrow screen the page's stylesheet turns each row into a card of labelled lines: every cell names its
        // column, so no number is left without a word for whose it is
        List<String> headers = report.<HtmlElement>getByXPath("//table[@id='findings']/thead//th").stream()
                .map(th -> th.asNormalizedText().lines().findFirst().orElse("")).toList();
        for (HtmlTableRow row : findingRows(report)) {
            assertThat(row.getCells()).hasSameSizeAs(headers);
            for (int i = 0; i < headers.size(); i++) {
                assertThat(row.getCell(i).getAttribute("data-label")).startsWith(headers.get(i));
            }
        }
        HtmlElement stylesheet = report.getFirstByXPath("//link[contains(@href,'mismatch')]");
        String css = browser.getPage(app.url(stylesheet.getAttribute("href"))).getWebResponse().getContentAsString();
        assertThat(css).contains("@media (max-width: 760px)").contains(".mm-findings thead { display: none; }")
                .contains("content: attr(data-label)");
    }

    private static String cell(HtmlTableRow row, String column) {
        return row.<HtmlElement>getFirstByXPath(".//td[@data-label='" + column + "']").asNormalizedText();
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
