package org.seatkeeper.app.invoices;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.seatkeeper.app.web.Flash;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.SessionUser;
import org.seatkeeper.billing.billingrun.BillingRunException;

/** POST /invoices/{id}/send: mails the invoice, its PDF attached, to the chosen contact of its customer. */
final class SendInvoiceServlet extends PageServlet {

    private final InvoiceMails mails;

    SendInvoiceServlet(PageSupport pages, InvoiceMails mails) {
        super(pages);
        this.mails = mails;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SessionUser user = requireWriter(request);
        long id = idFromPath(request, 1);
        String back = "/invoices/" + id;
        long contact;
        try {
            contact = Long.parseLong(FormModel.of(request).value("contact"));
        } catch (NumberFormatException e) {
            redirect(request, response, back, Flash.error("Choose the contact to send the invoice to."));
            return;
        }
        try {
            String recipient = mails.send(id, contact, user.username());
            redirect(request, response, back, Flash.success("Invoice queued for " + recipient
                    + " with its PDF attached; the outbox shows when it is sent."));
        } catch (BillingRunException refused) {
            redirect(request, response, back, Flash.error(refused.getMessage()));
        }
    }
}
