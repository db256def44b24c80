package org.seatkeeper.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.seatkeeper.app.support.AdminBrowserFixture;
import org.seatkeeper.db.mismatch.ReportSchedule;
import org.seatkeeper.db.mismatch.ReportScheduleRepository;

/** The morning report goes only to addresses a mail server takes: one it would refuse is named on the form. */
class ReportRecipientsIT extends AdminBrowserFixture {

    @Test
    void shouldNameARecipientThatIsNoMailAddressAndKeepWhatWasTyped() throws Exception {
        // given
        ReportSchedule before = schedules().load();
        HtmlForm form = (HtmlForm) browser.<HtmlPage>getPage(app.url("/reports/schedule")).getElementById("schedule");
        form.getInputByName("enabled").setChecked(true);
        form.getInputByName("recipients").setValue("billing@reseller.example, <script>@x.com");
        form.getInputByName("sendTime").setValue("07:00");

        // when
        HtmlPage again = ((HtmlButton) form.getFirstByXPath(".//button[@type='submit']")).click();

        // then
        assertThat(again.getWebResponse().getStatusCode()).isEqualTo(422);
        assertThat(again.getElementById("recipients-error").asNormalizedText())
                .isEqualTo("\"<script>@x.com\" is not a mail address.");
        assertThat(((HtmlForm) again.getElementById("schedule")).getInputByName("recipients").getValue())
                .isEqualTo("billing@reseller.example, <script>@x.com");
        assertThat(schedules().load()).isEqualTo(before);
    }

    private ReportScheduleRepository schedules() {
        return new ReportScheduleRepository(app.application().context().database().dsl());
    }
}
