package org.seatkeeper.app.jobs;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.seatkeeper.app.web.Flash;
import org.seatkeeper.app.web.HttpProblem;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.SessionUser;
import org.seatkeeper.batch.jobs.JobHistory;
import org.seatkeeper.batch.jobs.JobRefusedException;
import org.seatkeeper.batch.jobs.JobStart;
import org.seatkeeper.db.providers.ProviderRepository;

/** GET /jobs lists the runs (reloading itself while one runs); POST /jobs starts a provider account sync by hand. */
final class JobsServlet extends PageServlet {

    static final int RECENT_RUNS = 50;

    private final JobHistory history;
    private final AccountSyncs syncs;
    private final ProviderRepository providers;
    private final NightlySchedule schedule;

    public JobsServlet(PageSupport pages, JobHistory history, AccountSyncs syncs, ProviderRepository providers,
                       NightlySchedule schedule) {
        super(pages);
        this.history = history;
        this.syncs = syncs;
        this.providers = providers;
        this.schedule = schedule;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<JobRow> runs = history.recent(RECENT_RUNS).stream().map(JobRow::of).toList();
        List<JobsPage.Option> options = providers.listSyncable().stream()
                .map(p -> new JobsPage.Option(String.valueOf(p.id()), p.name())).toList();
        int refresh = runs.stream().anyMatch(JobRow::running) ? 2 : 0;
        render(request, response, "jobs/list.ftlh", Map.of("page", new JobsPage(runs, refresh, schedule.description(), options)));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SessionUser user = requireWriter(request);
        long providerId;
        try {
            providerId = Long.parseLong(request.getParameter("providerId"));
        } catch (NumberFormatException e) {
            throw HttpProblem.badRequest("Choose the provider to sync.");
        }
        try {
            JobStart start = syncs.startNow(providerId, user.username());
            redirect(request, response, "/jobs/" + start.executionId(), Flash.success("Provider account sync started."));
        } catch (JobRefusedException e) {
            redirect(request, response, "/jobs", Flash.error(e.getMessage()));
        }
    }
}
