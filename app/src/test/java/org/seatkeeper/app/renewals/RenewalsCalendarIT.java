package org.seatkeeper.app.renewals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seatkeeper.db.jooq.Tables.SUBSCRIPTION;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.htmlunit.Page;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.seatkeeper.app.context.StartOptions;
import org.seatkeeper.app.subscriptions.BillingData;
import org.seatkeeper.app.support.AdminBrowserFixture;
import org.seatkeeper.app.support.RunningApp;
import org.seatkeeper.db.catalog.BillingCycle;
import org.seatkeeper.db.catalog.NewProduct;
import org.seatkeeper.db.catalog.ProductKey;
import org.seatkeeper.db.catalog.ProductRepository;
import org.seatkeeper.db.catalog.Term;

/**
 * The renewals calendar as staff read it on Monday 2026-12-07: what renews in the next 90 days, week by week, what
 * expires because auto-renew is off, what each renewal bills and costs, filtered by customer, and as CSV.
 */
class RenewalsCalendarIT extends AdminBrowserFixture {

    private static final Instant MONDAY = Instant.parse("2026-12-07T08:00:00Z");

    private long renewsThisWeek;
    private long expiresInJanuary;
    private long renewsInMay;
    private long deactivated;
    private long windowClosesTomorrow;

    @Override
    protected RunningApp startApp() {
        return RunningApp.start(StartOptions.forTest(RunningApp.tempDirectory())
                .withClock(Clock.fixed(MONDAY, ZoneOffset.UTC)));
    }

    @BeforeAll
    void subscriptionsWithTermsEndingSoonAndLater() {
        var context = app.application().context();
        BillingData data = new BillingData(context.database(), context.clock(), "renewals");
        long e3 = new ProductRepository(context.database().dsl(), context.clock()).insert(new NewProduct(
                new ProductKey("RENEW-E3", Term.P1Y, BillingCycle.MONTHLY, "USD"), "Office 365 E3",
                new BigDecimal("20.00"), new BigDecimal("15.00")));
        long fabrikam = data.contract(data.customer("Fabrikam Renewals"));
        long contoso = data.contract(data.customer("Contoso Renewals"));
        // a one-year term started on 2025-12-10 ends on 2026-12-09: this week
        renewsThisWeek = data.automatic(fabrikam, e3, "E3 Fabrikam", 10, LocalDate.of(2025, 12, 10));
        expiresInJanuary = data.automatic(contoso, e3, "E3 Contoso", 4, LocalDate.of(2026, 1, 20));
        renewsInMay = data.automatic(fabrikam, e3, "E3 Fabrikam later", 3, LocalDate.of(2026, 6, 1));
        deactivated = data.automatic(contoso, e3, "E3 Contoso gone", 2, LocalDate.of(2025, 12, 15));
        // bought last Wednesday: its 7-day cancellation window closes on Tuesday, tomorrow, with 6 to give back
        windowClosesTomorrow = data.automatic(contoso, e3, "E3 Contoso new", 6, LocalDate.of(2026, 12, 1));
        var dsl = context.database().dsl();
        dsl.update(SUBSCRIPTION).set(SUBSCRIPTION.AUTO_RENEW, false).where(SUBSCRIPTION.ID.eq(expiresInJanuary))
                .execute();
        dsl.update(SUBSCRIPTION).set(SUBSCRIPTION.STATUS, "DEACTIVATED").where(SUBSCRIPTION.ID.eq(deactivated))
                .execute();
    }

    @Test
    void shouldShowTheComingRenewalsWeekByWeekWithWhatTheyBill() throws Exception {
        HtmlPage calendar = browser.getPage(app.url("/renewals"));

        // the weeks of the 90 days, this week first and shown below, January's week with its expiring subscription
        assertThat(calendar.getHtmlElementById("week-2026-12-07").asNormalizedText())
                .startsWith("Week of 2026-12-07").contains("shown below");
        assertThat(calendar.getHtmlElementById("week-2027-01-18").asNormalizedText().split("\\s+"))
                .as("renewals, licenses, auto-renew off").endsWith("1", "4", "1");
        assertThat(calendar.getHtmlElementById("total").asNormalizedText()).isEqualTo("2 renewals in the 90 days.");

        // this week's renewal with its term, what it bills and costs per month at today's quantity
        String row = calendar.getHtmlElementById("renewal-" + renewsThisWeek).asNormalizedText();
        assertThat(row).contains("2026-12-09").contains("Fabrikam Renewals").contains("E3 Fabrikam")
                .contains("1 year, billed monthly\t10\trenews")
                .contains("200.00 USD / month").contains("150.00 USD / month");
        assertThat(calendar.getElementById("renewal-" + renewsInMay)).as("beyond the 90 days").isNull();

        // when: the January week is opened
        HtmlPage january = calendar.getAnchorByText("Week of 2027-01-18").click();

        // then: the subscription that expires says so
        assertThat(january.getHtmlElementById("chosen-week").asNormalizedText()).isEqualTo("Week of 2027-01-18");
        assertThat(january.getHtmlElementById("renewal-" + expiresInJanuary).asNormalizedText())
                .contains("2027-01-19").contains("Contoso Renewals").contains("expires (auto-renew off)")
                .contains("80.00 USD / month");
        assertThat(january.getElementById("renewal-" + deactivated)).as("deactivated: nothing renews").isNull();
    }

    @Test
    void shouldShowTheCancellationWindowsClosingOnTheDashboardAndAboveTheCalendar() throws Exception {
        HtmlPage dashboard = browser.getPage(app.url("/"));
        var card = dashboard.getAnchorByHref("/renewals#closing");
        assertThat(card.asNormalizedText()).isEqualTo("1");
        assertThat(card.getEnclosingElement("div").getParentNode().asNormalizedText())
                .contains("Cancellation windows closing in 72 h")
                .contains("6 licenses can still be given back: decide before the window closes.");

        HtmlPage calendar = card.click();

        assertThat(calendar.getHtmlElementById("window-" + windowClosesTomorrow).asNormalizedText())
                .contains("2026-12-08").contains("closes tomorrow").contains("Contoso Renewals")
                .contains("E3 Contoso new").contains("6 licenses");
        assertThat(calendar.getHtmlElementById("windows").asNormalizedText())
                .as("windows that closed long ago").doesNotContain("E3 Fabrikam");
    }

    @Test
    void shouldFilterByCustomerAndExportWhatTheFilterShows() throws Exception {
        HtmlPage calendar = browser.getPage(app.url("/renewals"));
        HtmlForm filters = calendar.getHtmlElementById("filters");
        HtmlSelect customer = filters.getSelectByName("customer");
        customer.setSelectedAttribute(customer.getOptionByText("Contoso Renewals"), true);

        HtmlPage contoso = filters.getOneHtmlElementByAttribute("button", "type", "submit").click();

        assertThat(contoso.getHtmlElementById("total").asNormalizedText()).isEqualTo("1 renewal in the 90 days.");
        assertThat(contoso.getHtmlElementById("chosen-week").asNormalizedText())
                .as("the first week with a renewal for this customer").isEqualTo("Week of 2027-01-18");

        Page csv = browser.getPage(app.url(contoso.getAnchorByText("Export CSV").getHrefAttribute()));
        assertThat(csv.getWebResponse().getContentType()).isEqualTo("text/csv");
        List<String> lines = csv.getWebResponse().getContentAsString().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo(String.join(",", RenewalsCsvServlet.HEADER));
        assertThat(lines.get(1)).startsWith("2027-01-19,Contoso Renewals,").contains(",4,off,active,20.00,80.00,")
                .endsWith("," + expiresInJanuary);

        Page all = browser.getPage(app.url("/renewals.csv"));
        assertThat(all.getWebResponse().getContentAsString().lines().skip(1))
                .extracting(line -> line.substring(0, 10)).containsExactly("2026-12-09", "2027-01-19");
    }

    @Test
    void shouldShowTheCalendarForAnAddressEditedByHand() throws Exception {
        HtmlPage page = browser.getPage(app.url("/renewals?customer=abc&provider=&week=next-friday"));

        assertThat(page.getWebResponse().getStatusCode()).isEqualTo(200);
        assertThat(page.getHtmlElementById("total").asNormalizedText()).isEqualTo("2 renewals in the 90 days.");
        assertThat(page.getHtmlElementById("chosen-week").asNormalizedText()).isEqualTo("Week of 2026-12-07");
    }
}
