package org.seatkeeper.billing.billingrun;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.seatkeeper.db.audit.AuditAction;
import org.seatkeeper.db.audit.AuditEntity;
import org.seatkeeper.db.audit.AuditLog;
import org.seatkeeper.db.invoices.InvoiceKind;
import org.seatkeeper.db.invoices.InvoiceLineRow;
import org.seatkeeper.db.invoices.InvoiceRepository;
import org.seatkeeper.db.invoices.InvoiceSummary;
import org.seatkeeper.db.invoices.NewInvoice;
import org.seatkeeper.db.invoices.NewInvoiceLine;

/**
 * Voids a finalized invoice by a credit note: a new document, numbered from the credit note sequence, with the
 * opposite of each of its lines. The invoice itself is never changed but for its "voided by" mark, and its events
 * stay invoiced on it: voiding releases nothing silently (to bill them again is a person's correcting event).
 */
public final class CreditNotes {

    /** The widest reason the credit note keeps (its column, {@code invoice.void_reason}). */
    public static final int REASON_LENGTH = InvoiceRepository.VOID_REASON_LENGTH;

    private final InvoiceRepository invoices;
    private final AuditLog audit;
    private final Clock clock;

    public CreditNotes(InvoiceRepository invoices, AuditLog audit, Clock clock) {
        this.invoices = invoices;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * In the caller's transaction. The reason is required: the credit note carries it (its page and PDF show it) and
     * the audit log keeps it.
     */
    public FinalizedInvoice voidInvoice(long invoiceId, String reason, String username) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new BillingRunException("Say why the invoice is voided: the credit note shows it.");
        }
        if (why.length() > REASON_LENGTH) {
            throw new BillingRunException("Keep the reason to " + REASON_LENGTH + " characters (this has "
                    + why.length() + ").");
        }
        invoices.lockNumbering();
        InvoiceSummary invoice = invoices.find(invoiceId)
                .orElseThrow(() -> new BillingRunException("There is no invoice #" + invoiceId + "."));
        if (invoice.kind() != InvoiceKind.INVOICE) {
            throw new BillingRunException(invoice.number() + " is a credit note: only an invoice can be voided.");
        }
        if (invoice.voided()) {
            throw new BillingRunException(invoice.number() + " is already voided.");
        }
        String number = invoices.takeNumber(InvoiceKind.CREDIT_NOTE);
        List<NewInvoiceLine> lines = invoices.lines(invoiceId).stream().map(CreditNotes::opposite).toList();
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        invoice.totals().forEach((currency, amount) -> totals.put(currency, amount.negate()));
        long id = invoices.insert(new NewInvoice(number, InvoiceKind.CREDIT_NOTE, invoice.contractId(),
                invoice.customerId(), invoice.periodStart(), invoice.periodEnd(), LocalDate.now(clock), false,
                invoiceId, username, clock.instant(), lines, totals, why));
        if (!invoices.markVoided(invoiceId, id)) {
            throw new BillingRunException(invoice.number() + " was voided by someone else meanwhile.");
        }
        audit.record(username, AuditAction.VOID, AuditEntity.INVOICE, invoiceId, "Voided invoice " + invoice.number()
                        + " by credit note " + number + ": " + why,
                InvoiceAudit.state(invoice.number(), InvoiceKind.INVOICE.name(), invoice.periodStart() + " to "
                        + invoice.periodEnd().minusDays(1), invoice.totals(), lines.size(), List.of()),
                InvoiceAudit.voiding(number, invoice.periodStart() + " to " + invoice.periodEnd().minusDays(1), totals,
                        lines.size(), invoice.number(), why));
        return new FinalizedInvoice(id, number, invoice.contractId());
    }

    private static NewInvoiceLine opposite(InvoiceLineRow line) {
        return new NewInvoiceLine(line.subscriptionId(), line.productId(), LineKind.VOID.name(), line.productName(),
                truncate("Voids line " + line.lineNumber() + ": " + line.description()), -line.quantity(), line.periodStart(),
                line.periodEnd(), line.periods(), line.unitPrice(), line.currency(), line.amount().negate(),
                List.of());
    }

    private static String truncate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 499) + "…";
    }
}
