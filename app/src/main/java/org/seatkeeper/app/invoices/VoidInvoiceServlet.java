package org.seatkeeper.app.invoices;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.seatkeeper.app.web.Flash;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.SessionUser;
import org.seatkeeper.batch.billingrun.BillingRunException;
import org.seatkeeper.batch.billingrun.CreditNotes;
import org.seatkeeper.batch.billingrun.FinalizedInvoice;
import org.seatkeeper.db.Transactions;

/** POST /invoices/{id}/void: voids the invoice by a credit note, with the reason given (required). */
final class VoidInvoiceServlet extends PageServlet {

    private final CreditNotes creditNotes;
    private final Transactions transactions;

    VoidInvoiceServlet(PageSupport pages, CreditNotes creditNotes, Transactions transactions) {
        super(pages);
        this.creditNotes = creditNotes;
        this.transactions = transactions;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SessionUser user = requireWriter(request);
        long id = idFromPath(request, 1);
        String back = "/invoices/" + id;
        String reason = FormModel.of(request).value("reason");
        if (reason.isEmpty() || reason.length() > 300) {
            redirect(request, response, back, Flash.error(reason.isEmpty()
                    ? "Say why the invoice is voided: the audit log keeps it with the credit note."
                    : "Keep the reason under 300 characters."));
            return;
        }
        try {
            FinalizedInvoice credit = transactions.inTransaction(() -> creditNotes.voidInvoice(id, reason,
                    user.username()));
            redirect(request, response, "/invoices/" + credit.id(), Flash.success("Voided by credit note "
                    + credit.number() + ". The log events stay invoiced on the voided invoice."));
        } catch (BillingRunException refused) {
            redirect(request, response, back, Flash.error(refused.getMessage()));
        }
    }
}
