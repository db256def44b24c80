package org.seatkeeper.app.mismatch;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import org.seatkeeper.app.web.Flash;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.batch.jobs.JobRefusedException;
import org.seatkeeper.batch.mismatch.MismatchRun;

/**
 * POST /mismatches/run: "Run reconciliation now" (operators and administrators), optionally after a subscription
 * sync of the automatic providers ("syncFirst"); the jobs run in the background.
 */
final class RunReconciliationServlet extends PageServlet {

    private final MismatchRun run;
    private final SyncThenReconcile syncFirst;
    private final Clock clock;

    RunReconciliationServlet(PageSupport pages, MismatchRun run, SyncThenReconcile syncFirst, Clock clock) {
        super(pages);
        this.run = run;
        this.syncFirst = syncFirst;
        this.clock = clock;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var user = requireWriter(request);
        try {
            if ("true".equals(request.getParameter("syncFirst"))) {
                var sync = syncFirst.start(LocalDate.now(clock), user.username());
                redirect(request, response, "/mismatches", Flash.success("Subscription sync started (run "
                        + sync.executionId() + "); the reconciliation follows once it has completed. Both show their"
                        + " progress on the jobs page."));
                return;
            }
            var start = run.startNow(LocalDate.now(clock), user.username());
            redirect(request, response, "/mismatches", Flash.success("Reconciliation started (run "
                    + start.executionId() + "). Reload this page in a moment to see the findings."));
        } catch (JobRefusedException e) {
            redirect(request, response, "/mismatches", Flash.warning(e.getMessage()));
        }
    }
}
