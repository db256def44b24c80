package org.seatkeeper.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.seatkeeper.app.subscriptions.BillingData;
import org.seatkeeper.app.support.RunningApp;

/** DOMAIN.md rule 5: a change to billing data is audited with who, when, before and after, and people can read it. */
class AuditPageIT {

    @Test
    void shouldShowWhatAContractEditChangedBeforeAndAfter() throws Exception {
        try (RunningApp app = RunningApp.start(); WebClient browser = RunningApp.browser()) {
            // given
            var context = app.application().context();
            BillingData data = new BillingData(context.database(), context.clock(), "audit");
            long contract = data.contract(data.customer("Atlas Bakery Ltd"));
            app.signInAsAdmin(browser);
            HtmlForm edit = browser.<HtmlPage>getPage(app.url("/contracts/" + contract + "/edit")).getForms().get(1);

            // when: first a code that is no currency, then a real one
            edit.getInputByName("currency").setValue("XYZ");
            HtmlPage refused = ((HtmlButton) edit.getFirstByXPath(".//button[@type='submit']")).click();
            assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(422);
            assertThat(refused.asNormalizedText()).contains("XYZ is not an ISO 4217 currency code.");
            edit = refused.getForms().get(1);
            edit.getInputByName("currency").setValue("EUR");
            ((HtmlButton) edit.getFirstByXPath(".//button[@type='submit']")).click();

            // then
            String audit = browser.<HtmlPage>getPage(app.url("/audit")).getElementById("audit").asNormalizedText();
            assertThat(audit).contains("Update").contains("Billing contract").contains("Saved billing contract").contains("currency: USD → EUR")
                    .doesNotContain("BILLING_CONTRACT").doesNotContain("UPDATE").doesNotContain("null").doesNotContain("{\"");
        }
    }
}
