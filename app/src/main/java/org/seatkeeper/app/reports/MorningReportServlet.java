package org.seatkeeper.app.reports;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.seatkeeper.app.web.DateInput;
import org.seatkeeper.app.web.HttpProblem;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;

/** GET /reports/morning?date=YYYY-MM-DD: the morning report of any date (today by default), as a page. */
final class MorningReportServlet extends PageServlet {

    private final MorningReports reports;

    MorningReportServlet(PageSupport pages, MorningReports reports) {
        super(pages);
        this.reports = reports;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        LocalDate date;
        try {
            String given = request.getParameter("date");
            date = given == null || given.isBlank() ? reports.today() : DateInput.parse(given.trim());
        } catch (DateTimeParseException e) {
            throw HttpProblem.badRequest("The date must look like 2026-11-22, with a year from " + DateInput.FIRST_YEAR
                    + " to " + DateInput.LAST_YEAR + ".");
        }
        render(request, response, "reports/morning.ftlh", Map.of("report",
                "1".equals(request.getParameter("all")) ? reports.buildWithEveryLine(date) : reports.build(date),
                "previous", date.minusDays(1).toString(), "next", date.plusDays(1).toString()));
    }
}
