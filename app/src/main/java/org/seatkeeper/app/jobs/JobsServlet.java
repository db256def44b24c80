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
import org.seatkeeper.batch.jobs.JobRefusedException;
import org.seatkeeper.batch.jobs.JobStart;
import org.seatkeeper.db.providers.ProviderRepository;

/**
 * GET /jobs lists the runs (reloading itself while one runs); POST /jobs starts a job by hand: a provider's account
 * sync ({@code providerId}), one of the night's other jobs ({@code job}: its job name, e.g. the subscription sync of
 * every contract or the reconciliation), or the morning report ({@code job=morning-report}, administrators).
 */
final class JobsServlet extends PageServlet {

    static final int RECENT_RUNS = 50;
    static final String MORNING_REPORT = "morning-report";

    private final JobRows rows;
    private final AccountSyncs syncs;
    private final ProviderRepository providers;
    private final NightlySchedule schedule;
    private final ReportByHand report;

    JobsServlet(PageSupport pages, JobRows rows, AccountSyncs syncs, ProviderRepository providers,
                NightlySchedule schedule, ReportByHand report) {
        super(pages);
        this.rows = rows;
        this.syncs = syncs;
        this.providers = providers;
        this.schedule = schedule;
        this.report = report;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<JobRow> runs = rows.recent(RECENT_RUNS);
        List<JobsPage.Option> options = providers.listSyncable().stream()
                .map(p -> new JobsPage.Option(String.valueOf(p.id()), p.name())).toList();
        List<JobsPage.Option> jobs = schedule.manualSteps().stream()
                .map(s -> new JobsPage.Option(s.jobName(), JobRow.label(s.jobName()))).toList();
        int refresh = runs.stream().anyMatch(JobRow::running) ? 2 : 0;
        render(request, response, "jobs/list.ftlh",
                Map.of("page", new JobsPage(runs, refresh, schedule.description(), options, jobs)));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SessionUser user = requireWriter(request);
        String job = request.getParameter("job");
        try {
            if (MORNING_REPORT.equals(job)) {
                requireAdmin(request);
                redirect(request, response, "/jobs", Flash.success(report.sendNow(user.username())));
                return;
            }
            if (job != null && !job.isBlank()) {
                JobStart start = schedule.startByHand(job, user.username());
                redirect(request, response, "/jobs/" + start.executionId(),
                        Flash.success(JobRow.label(job) + " started (run " + start.executionId() + ")."));
                return;
            }
            long providerId;
            try {
                providerId = Long.parseLong(request.getParameter("providerId"));
            } catch (NumberFormatException e) {
                throw HttpProblem.badRequest("Choose the provider to sync.");
            }
            JobStart start = syncs.startNow(providerId, user.username());
            redirect(request, response, "/jobs/" + start.executionId(), Flash.success("Provider account sync started."));
        } catch (JobRefusedException e) {
            redirect(request, response, "/jobs", Flash.error(e.getMessage()));
        }
    }
}
