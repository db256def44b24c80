package org.seatkeeper.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.seatkeeper.app.support.AdminBrowserFixture;

/** A date in a URL with a year the database cannot hold is a badly written date, not an error page. */
class DateFiltersIT extends AdminBrowserFixture {


    @ParameterizedTest
    @ValueSource(strings = {"0000-01-01", "1899-12-31", "+10000-01-01", "+999999999-01-01", "-999999999-01-01"})
    void shouldIgnoreAnAuditDateFilterOutsideTheYearsItCanHold(String date) throws Exception {
        for (String parameter : new String[] {"from", "to"}) {
            // when
            HtmlPage page = browser.getPage(app.url("/audit?" + parameter + "=" + encode(date)));

            // then
            assertThat(page.getWebResponse().getStatusCode()).as(parameter + "=" + date).isEqualTo(200);
            assertThat(page.asNormalizedText()).contains("Dates are written like 2026-11-22, with a year from 1900 to "
                    + "9999; the date filter was ignored.");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1900-01-01", "9999-12-31"})
    void shouldFilterTheAuditLogOnTheFirstAndLastAcceptedYears(String date) throws Exception {
        HtmlPage from = browser.getPage(app.url("/audit?from=" + date));
        HtmlPage to = browser.getPage(app.url("/audit?to=" + date));

        assertThat(from.getWebResponse().getStatusCode()).isEqualTo(200);
        assertThat(to.getWebResponse().getStatusCode()).isEqualTo(200);
        assertThat(from.asNormalizedText()).doesNotContain("the date filter was ignored");
        assertThat(to.asNormalizedText()).doesNotContain("the date filter was ignored");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000-01-01", "+999999999-01-01", "-999999999-01-01"})
    void shouldAnswerAMorningReportDateOutsideTheYearsItCanHoldAsABadDate(String date) throws Exception {
        // when
        HtmlPage page = browser.getPage(app.url("/reports/morning?date=" + encode(date)));

        // then
        assertThat(page.getWebResponse().getStatusCode()).isEqualTo(400);
        assertThat(page.asNormalizedText()).contains("The date must look like 2026-11-22, with a year from 1900 to 9999.");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
