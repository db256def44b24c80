package org.seatkeeper.app.psa;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.seatkeeper.app.web.Flash;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.SessionUser;
import org.seatkeeper.batch.jobs.JobRefusedException;
import org.seatkeeper.batch.jobs.JobStart;

/** POST /settings/psa/refresh: starts "Refresh PSA data" on the jobs engine; the page then shows its progress. */
final class PsaRefreshServlet extends PageServlet {

    private final PsaRefreshes refreshes;

    PsaRefreshServlet(PageSupport pages, PsaRefreshes refreshes) {
        super(pages);
        this.refreshes = refreshes;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SessionUser user = requireAdmin(request);
        try {
            JobStart start = refreshes.startNow(user.username());
            redirect(request, response, PsaSettingsServlet.PATH, Flash.success("Refresh PSA data started (run #"
                    + start.executionId() + "). This page shows its progress."));
        } catch (JobRefusedException e) {
            redirect(request, response, PsaSettingsServlet.PATH, Flash.error(e.getMessage()));
        }
    }
}
