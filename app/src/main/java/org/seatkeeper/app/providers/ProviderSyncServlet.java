package org.seatkeeper.app.providers;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.seatkeeper.app.jobs.AccountSyncs;
import org.seatkeeper.app.web.Flash;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.SessionUser;
import org.seatkeeper.batch.jobs.JobRefusedException;

/** POST /providers/{id}/sync: "Sync provider accounts" starts the sync; the provider page then shows its progress. */
final class ProviderSyncServlet extends PageServlet {

    private final AccountSyncs syncs;

    public ProviderSyncServlet(PageSupport pages, AccountSyncs syncs) {
        super(pages);
        this.syncs = syncs;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SessionUser user = requireWriter(request);
        long id = idFromPath(request, 1);
        try {
            syncs.startNow(id, user.username());
            redirect(request, response, "/providers/" + id, Flash.success("Provider account sync started. This page follows its progress."));
        } catch (JobRefusedException e) {
            redirect(request, response, "/providers/" + id, Flash.error(e.getMessage()));
        }
    }
}
