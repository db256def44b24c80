package org.seatkeeper.app.jobs;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.seatkeeper.app.web.Flash;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.SessionUser;
import org.seatkeeper.batch.jobs.JobRefusedException;
import org.seatkeeper.batch.jobs.JobRunner;
import org.seatkeeper.batch.jobs.JobStart;
import org.seatkeeper.db.Transactions;
import org.seatkeeper.db.audit.AuditAction;
import org.seatkeeper.db.audit.AuditEntity;
import org.seatkeeper.db.audit.AuditLog;

/**
 * POST /jobs/{id}/restart: a failed or stopped run resumes where it stopped. A refusal (someone restarted it while this
 * page was open, Seatkeeper is shutting down, ...) is a sentence on the page the button was on: the jobs list when the
 * form says {@code from=list}, else the run's page.
 */
final class JobRestartServlet extends PageServlet {

    private final JobRunner runner;
    private final AuditLog audit;
    private final Transactions transactions;

    public JobRestartServlet(PageSupport pages, JobRunner runner, AuditLog audit, Transactions transactions) {
        super(pages);
        this.runner = runner;
        this.audit = audit;
        this.transactions = transactions;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SessionUser user = requireWriter(request);
        long id = idFromPath(request, 1);
        try {
            JobStart start = runner.restart(id);
            transactions.run(() -> audit.record(user.username(), AuditAction.RESTART, AuditEntity.JOB, start.executionId(),
                    "Job run #" + id + " restarted as #" + start.executionId() + " (run " + start.run() + ")"));
            redirect(request, response, "/jobs/" + start.executionId(), Flash.success("The run was restarted where it stopped."));
        } catch (JobRefusedException e) {
            redirect(request, response, "list".equals(request.getParameter("from")) ? "/jobs" : "/jobs/" + id,
                    Flash.error(e.getMessage()));
        }
    }
}
