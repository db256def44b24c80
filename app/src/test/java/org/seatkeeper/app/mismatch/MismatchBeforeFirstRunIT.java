package org.seatkeeper.app.mismatch;

import static org.assertj.core.api.Assertions.assertThat;

import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.seatkeeper.app.support.RunningApp;

/** Before any reconciliation has run, nothing claims that every quantity agrees. */
class MismatchBeforeFirstRunIT {

    @Test
    void shouldSayNothingWasComparedYetOnTheDashboardAndTheReport() throws Exception {
        try (RunningApp app = RunningApp.start(); WebClient browser = RunningApp.browser()) {
            HtmlPage dashboard = app.signInAsAdmin(browser);
            assertThat(dashboard.asNormalizedText()).contains("Not compared yet: the first reconciliation runs tonight")
                    .doesNotContain("Every quantity agrees");

            HtmlPage report = browser.getPage(app.url("/mismatches"));
            assertThat(report.getElementById("no-findings").asNormalizedText())
                    .startsWith("No reconciliation has run yet, so nothing has been compared");
        }
    }
}
