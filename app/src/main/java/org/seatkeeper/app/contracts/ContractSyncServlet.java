package org.seatkeeper.app.contracts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.seatkeeper.app.web.Flash;
import org.seatkeeper.app.web.HttpProblem;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.SessionUser;
import org.seatkeeper.batch.jobs.JobRefusedException;
import org.seatkeeper.db.audit.AuditAction;
import org.seatkeeper.db.audit.AuditEntity;
import org.seatkeeper.db.audit.AuditLog;
import org.seatkeeper.db.contracts.BillingContractRepository;

/** POST /contracts/{id}/sync: syncs the subscriptions of this contract's provider accounts only, in the background. */
final class ContractSyncServlet extends PageServlet {

    private final BillingContractRepository contracts;
    private final ContractSyncs syncs;
    private final AuditLog audit;

    ContractSyncServlet(PageSupport pages, BillingContractRepository contracts, ContractSyncs syncs, AuditLog audit) {
        super(pages);
        this.contracts = contracts;
        this.syncs = syncs;
        this.audit = audit;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SessionUser user = requireWriter(request);
        long id = contracts.findById(idFromPath(request, 1))
                .orElseThrow(() -> HttpProblem.notFound("That billing contract")).id();
        try {
            long execution = syncs.start(id, user.username()).executionId();
            audit.record(user.username(), AuditAction.START_SUBSCRIPTION_SYNC, AuditEntity.BILLING_CONTRACT, id,
                    "Started the subscription sync of contract #" + id + " (run " + execution + ")");
            redirect(request, response, "/contracts/" + id, Flash.success("Syncing this contract's subscriptions: "
                    + "the page shows the progress."));
        } catch (JobRefusedException e) {
            redirect(request, response, "/contracts/" + id, Flash.warning(e.getMessage()));
        }
    }
}
