package org.seatkeeper.app.imports;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.seatkeeper.app.web.Flash;
import org.seatkeeper.app.web.HttpProblem;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.SessionUser;
import org.seatkeeper.db.contracts.BillingContract;
import org.seatkeeper.db.contracts.BillingContractRepository;

/**
 * POST /subscriptions/import/confirm: writes the previewed import (kept in the session) in one transaction, only if it
 * is the preview the page showed: a newer preview in another tab replaces it, and this page's "Import" writes nothing.
 */
final class ImportConfirmServlet extends PageServlet {

    private final CsvImport imports;
    private final BillingContractRepository contracts;

    ImportConfirmServlet(PageSupport pages, CsvImport imports, BillingContractRepository contracts) {
        super(pages);
        this.imports = imports;
        this.contracts = contracts;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SessionUser user = requireWriter(request);
        Object pending = request.getSession().getAttribute(ImportServlet.SESSION_KEY);
        String previewId = request.getParameter("preview");
        String shownFile = request.getParameter("fileName") == null ? "the file" : request.getParameter("fileName");
        if (!(pending instanceof ImportServlet.PendingImport p)) {
            throw HttpProblem.badRequest("There is no import waiting for confirmation (it was imported already, or "
                    + "the session ended). Preview " + shownFile + " again.");
        }
        if (!p.id().equals(previewId)) {
            // another tab previewed a file since: importing it from this page would write what this page does not show
            redirect(request, response, "/subscriptions/import?contract=" + contractShown(request, p),
                    Flash.error("This preview was replaced by a newer one (" + p.fileName() + " for contract #"
                            + p.plan().contractId() + "); preview " + shownFile + " again."));
            return;
        }
        request.getSession().removeAttribute(ImportServlet.SESSION_KEY);
        BillingContract contract = contracts.findById(p.plan().contractId())
                .orElseThrow(() -> HttpProblem.notFound("That billing contract"));
        int[] done = imports.apply(p.plan(), contract, p.fileName(), user.username());
        long skipped = p.plan().count(ImportPlan.Action.ERROR);
        redirect(request, response, "/contracts/" + contract.id(), Flash.success("Imported " + p.fileName() + ": "
                + done[0] + " created, " + done[1] + " changed" + (done[0] + done[1] == 0 ? " (nothing to change)"
                : "") + (skipped == 0 ? "" : ", " + skipped + (skipped == 1 ? " row" : " rows") + " skipped")
                + "."));
    }

    private static long contractShown(HttpServletRequest request, ImportServlet.PendingImport pending) {
        try {
            return Long.parseLong(request.getParameter("contract"));
        } catch (NumberFormatException e) {
            return pending.plan().contractId();
        }
    }
}
