package org.seatkeeper.app.invoices;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.seatkeeper.app.mail.OutboxDispatcher;
import org.seatkeeper.billing.billingrun.BillingRunException;
import org.seatkeeper.db.Transactions;
import org.seatkeeper.db.audit.AuditAction;
import org.seatkeeper.db.audit.AuditEntity;
import org.seatkeeper.db.audit.AuditLog;
import org.seatkeeper.db.customers.Contact;
import org.seatkeeper.db.customers.ContactRepository;
import org.seatkeeper.db.invoices.InvoiceRepository;
import org.seatkeeper.db.mail.MailAttachment;
import org.seatkeeper.db.mail.NewMail;
import org.seatkeeper.db.mail.OutboxRepository;

/**
 * Sends an invoice to one of its customer's contacts through the outbox, its PDF attached: queued, marked sent and
 * audited in one transaction, then handed to the dispatcher (a mail server that is down leaves it in the outbox).
 */
final class InvoiceMails {

    static final String MAIL_KIND = "INVOICE";

    private final InvoiceDocuments documents;
    private final InvoicePdf pdf;
    private final InvoiceRepository invoices;
    private final ContactRepository contacts;
    private final OutboxRepository outbox;
    private final OutboxDispatcher dispatcher;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;
    private final Supplier<String> companyName;

    InvoiceMails(InvoiceDocuments documents, InvoicePdf pdf, InvoiceRepository invoices, ContactRepository contacts,
                 OutboxRepository outbox, OutboxDispatcher dispatcher, AuditLog audit, Transactions transactions,
                 Clock clock, Supplier<String> companyName) {
        this.documents = documents;
        this.pdf = pdf;
        this.invoices = invoices;
        this.contacts = contacts;
        this.outbox = outbox;
        this.dispatcher = dispatcher;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
        this.companyName = companyName;
    }

    /** @return the address it was sent to */
    String send(long invoiceId, long contactId, String username) {
        String company = companyName.get();
        InvoicePage invoice = documents.page(invoiceId, company)
                .orElseThrow(() -> new BillingRunException("There is no invoice #" + invoiceId + "."));
        Contact contact = contacts.find(contactId).filter(c -> c.customerId() == invoice.customerId())
                .orElseThrow(() -> new BillingRunException("Choose one of " + invoice.customerName()
                        + "'s contacts to send the invoice to."));
        String recipient = contact.details().email().strip();
        byte[] file = pdf.of(invoice);
        String text = "Hello " + contact.details().firstName() + ",\n\nplease find attached " + invoice.title()
                + " for " + invoice.period() + ": " + String.join(", ", invoice.totals()) + ".\n\n"
                + (company == null || company.isBlank() ? "" : company + "\n");
        transactions.run(() -> {
            Instant now = clock.instant();
            outbox.queue(new NewMail(MAIL_KIND, List.of(recipient), invoice.title()
                            + (company == null || company.isBlank() ? "" : " from " + company), text, null), now,
                    List.of(new MailAttachment(invoice.number() + ".pdf", "application/pdf", file)));
            invoices.markSent(invoiceId);
            audit.record(username, AuditAction.SEND, AuditEntity.INVOICE, invoiceId, invoice.title() + " mailed to "
                    + recipient + " (" + invoice.customerName() + ")");
        });
        try {
            dispatcher.dispatchPending();
        } catch (RuntimeException e) {
            // it waits in the outbox, which says why and tries again
        }
        return recipient;
    }
}
