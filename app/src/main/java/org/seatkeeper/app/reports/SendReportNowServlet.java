package org.seatkeeper.app.reports;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.seatkeeper.app.web.Flash;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.db.mismatch.ReportScheduleRepository;

/** POST /reports/schedule/send-now: sends today's morning report to the saved recipients, to test the schedule. */
final class SendReportNowServlet extends PageServlet {

    private final MorningReports reports;
    private final ReportScheduleRepository schedules;

    SendReportNowServlet(PageSupport pages, MorningReports reports, ReportScheduleRepository schedules) {
        super(pages);
        this.reports = reports;
        this.schedules = schedules;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        requireAdmin(request);
        var recipients = schedules.load().recipientList();
        if (recipients.isEmpty()) {
            redirect(request, response, "/reports/schedule", Flash.error("Save at least one recipient first."));
            return;
        }
        int sent = reports.sendNow(recipients);
        redirect(request, response, "/reports/schedule", sent > 0
                ? Flash.success("Morning report sent to " + String.join(", ", recipients) + ".")
                : Flash.warning("The morning report is queued in the outbox; it goes out once mail is set up."));
    }
}
