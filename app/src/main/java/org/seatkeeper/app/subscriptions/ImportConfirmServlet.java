package org.seatkeeper.app.subscriptions;

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

/** POST /subscriptions/import/confirm: writes the previewed import (kept in the session) in one transaction. */
public final class ImportConfirmServlet extends PageServlet {

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
        if (!(pending instanceof ImportServlet.PendingImport p)) {
            throw HttpProblem.badRequest("There is no import waiting for confirmation. Upload the file again.");
        }
        request.getSession().removeAttribute(ImportServlet.SESSION_KEY);
        BillingContract contract = contracts.findById(p.plan().contractId())
                .orElseThrow(() -> HttpProblem.notFound("That billing contract"));
        int[] done = imports.apply(p.plan(), contract, p.fileName(), user.username());
        redirect(request, response, "/contracts/" + contract.id(), Flash.success("Imported " + p.fileName() + ": "
                + done[0] + " created, " + done[1] + " changed" + (done[0] + done[1] == 0 ? " (nothing to change)"
                : "") + "."));
    }
}
