package org.seatkeeper.app.jobs;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.seatkeeper.app.web.HttpProblem;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.batch.jobs.JobHistory;

/** GET /jobs/{id}: one run, its counts and progress, and every record it rejected with the reason. */
final class JobRunServlet extends PageServlet {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private final JobHistory history;

    private final JobRows rows;

    public JobRunServlet(PageSupport pages, JobHistory history, JobRows rows) {
        super(pages);
        this.history = history;
        this.rows = rows;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id = idFromPath(request, 0);
        JobRow run = rows.find(id).orElseThrow(() -> HttpProblem.notFound("That job run"));
        List<JobRunPage.RejectedRow> rejected = history.rejected(id).stream()
                .map(r -> new JobRunPage.RejectedRow(r.stepName(), r.externalId() == null ? "(no id)" : r.externalId(),
                        r.reason(), TIME.format(r.recordedAt())))
                .toList();
        render(request, response, "jobs/run.ftlh", Map.of("page", new JobRunPage(run, run.running() ? 2 : 0, rejected)));
    }
}
