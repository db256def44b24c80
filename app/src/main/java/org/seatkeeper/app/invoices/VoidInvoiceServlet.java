package org.seatkeeper.app.invoices;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.function.Supplier;
import org.seatkeeper.app.web.FieldLimits;
import org.seatkeeper.app.web.Flash;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.app.web.HttpProblem;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.SessionUser;
import org.seatkeeper.billing.billingrun.BillingRunException;
import org.seatkeeper.billing.billingrun.CreditNotes;
import org.seatkeeper.billing.billingrun.FinalizedInvoice;
import org.seatkeeper.db.Transactions;

/**
 * POST /invoices/{id}/void: voids the invoice by a credit note that carries the reason typed (required). A missing or
 * too long reason shows the invoice page again with the message by the field and what was typed.
 */
final class VoidInvoiceServlet extends PageServlet {

    private final CreditNotes creditNotes;
    private final InvoiceDocuments documents;
    private final Supplier<String> companyName;
    private final Transactions transactions;

    VoidInvoiceServlet(PageSupport pages, CreditNotes creditNotes, InvoiceDocuments documents,
                       Supplier<String> companyName, Transactions transactions) {
        super(pages);
        this.creditNotes = creditNotes;
        this.documents = documents;
        this.companyName = companyName;
        this.transactions = transactions;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SessionUser user = requireWriter(request);
        long id = idFromPath(request, 1);
        FormModel form = FormModel.of(request);
        if (form.value("reason").isEmpty()) {
            form.error("reason", "Say why the invoice is voided: the credit note shows it.");
        }
        FieldLimits.atMost(form, "reason", CreditNotes.REASON_LENGTH);
        if (form.hasErrors()) {
            InvoicePage page = documents.page(id, companyName.get())
                    .orElseThrow(() -> HttpProblem.notFound("That invoice"));
            renderInvalid(request, response, InvoiceServlet.TEMPLATE, Map.of("page", page, "voidForm", form));
            return;
        }
        try {
            FinalizedInvoice credit = transactions.inTransaction(() -> creditNotes.voidInvoice(id,
                    form.value("reason"), user.username()));
            redirect(request, response, "/invoices/" + credit.id(), Flash.success("Voided by credit note "
                    + credit.number() + ". The log events stay invoiced on the voided invoice."));
        } catch (BillingRunException refused) {
            redirect(request, response, "/invoices/" + id, Flash.error(refused.getMessage()));
        }
    }
}
