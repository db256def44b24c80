package org.seatkeeper.app.mismatch;

import static org.seatkeeper.db.jooq.Tables.MISMATCH_FINDING;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.seatkeeper.app.web.FieldLimits;
import org.seatkeeper.app.web.Flash;
import org.seatkeeper.app.web.HttpProblem;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.db.Transactions;
import org.seatkeeper.db.audit.AuditAction;
import org.seatkeeper.db.audit.AuditEntity;
import org.seatkeeper.db.audit.AuditLog;
import org.seatkeeper.db.audit.AuditState;
import org.seatkeeper.db.mismatch.MismatchFindingRepository;

/** POST /mismatches/acknowledge: a person has seen a finding and says why; it stays in the report, marked. */
final class AcknowledgeServlet extends PageServlet {

    private static final int MAX_NOTE = FieldLimits.width(MISMATCH_FINDING.ACKNOWLEDGEMENT_NOTE);

    private final MismatchFindingRepository findings;
    private final AuditLog audit;
    private final Transactions transactions;
    private final ReportCache cache;

    private final MismatchReportServlet report;

    AcknowledgeServlet(PageSupport pages, MismatchFindingRepository findings, AuditLog audit, Transactions transactions,
                       ReportCache cache, MismatchReportServlet report) {
        super(pages);
        this.report = report;
        this.cache = cache;
        this.findings = findings;
        this.audit = audit;
        this.transactions = transactions;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var user = requireWriter(request);
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            throw HttpProblem.badRequest("Which finding? The form did not say.");
        }
        String note = request.getParameter("note") == null ? "" : request.getParameter("note").trim();
        String query = safeQuery(request.getParameter("back"));
        String pageNumber = request.getParameter("page");
        String back = "/mismatches" + query + (pageNumber != null && pageNumber.matches("[0-9]{1,6}")
                ? (query.isEmpty() ? "?" : "&") + "page=" + pageNumber : "") + "#finding-" + id;
        if (note.isEmpty() || note.length() > MAX_NOTE) {
            // the report again, this row's form keeping what was typed and saying why it was not saved
            report.showRefused(request, response, FindingFilters.fromQuery(query), pageNumber,
                    new MismatchReportPage.AckAttempt(id, note, note.isEmpty()
                            ? "Write a note saying why this finding is fine."
                            : "The note is " + note.length() + " characters long; at most " + MAX_NOTE + " fit."));
            return;
        }
        boolean done = transactions.inTransaction(() -> {
            boolean ok = findings.acknowledge(id, user.username(), note);
            if (ok) {
                audit.record(user.username(), AuditAction.ACKNOWLEDGE, AuditEntity.MISMATCH_FINDING, id,
                        "Acknowledged license mismatch finding " + id, null, AuditState.of("note", note));
            }
            return ok;
        });
        cache.invalidate();
        redirect(request, response, back, done ? Flash.success("Finding acknowledged. It stays in the report, marked.")
                : Flash.warning("That finding is resolved already, or no longer exists."));
    }

    /** Only a query string of our own filter goes back into the redirect. */
    private static String safeQuery(String back) {
        return back != null && back.matches("\\?[A-Za-z0-9=&%_.+-]*") ? back : "";
    }
}
