package org.seatkeeper.app.agreements;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.seatkeeper.app.web.Flash;
import org.seatkeeper.app.web.HttpProblem;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.SessionUser;

/** POST /agreements/retire/{id}: retires a template (or restores it with retired=false). */
final class AgreementTemplateRetireServlet extends PageServlet {

    private final AgreementTemplateChanges changes;

    public AgreementTemplateRetireServlet(PageSupport pages, AgreementTemplateChanges changes) {
        super(pages);
        this.changes = changes;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SessionUser user = requireWriter(request);
        long id = idFromPath(request, 0);
        boolean retire = !"false".equals(request.getParameter("retired"));
        int version;
        try {
            version = Integer.parseInt(request.getParameter("version"));
        } catch (NumberFormatException e) {
            throw HttpProblem.badRequest("The form is incomplete. Reload the page and try again.");
        }
        try {
            changes.setRetired(user.username(), id, retire, version);
            redirect(request, response, "/agreements", Flash.success(retire ? "Template retired: it is no longer offered."
                    : "Template restored."));
        } catch (AgreementTemplateChanges.RefusedException e) {
            redirect(request, response, "/agreements", Flash.error(e.getMessage()));
        }
    }
}
