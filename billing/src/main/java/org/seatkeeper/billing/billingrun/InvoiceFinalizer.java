package org.seatkeeper.billing.billingrun;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.seatkeeper.db.audit.AuditAction;
import org.seatkeeper.db.audit.AuditEntity;
import org.seatkeeper.db.audit.AuditLog;
import org.seatkeeper.db.invoices.InvoiceKind;
import org.seatkeeper.db.invoices.InvoiceRepository;
import org.seatkeeper.db.invoices.NewInvoice;
import org.seatkeeper.db.invoices.NewInvoiceLine;

/**
 * Finalizes a contract's draft, in the caller's one transaction: it takes the numbering lock first (so finalizes run
 * one after the other), computes the draft again from the log as it is now, numbers it, stores it with its lines and
 * the events behind each, marks those events invoiced with its number, and audits it. Anything that fails rolls the
 * whole back: an invoice is stored with all its marks or not at all.
 */
public final class InvoiceFinalizer {

    private final BillingPreview preview;
    private final InvoiceRepository invoices;
    private final AuditLog audit;
    private final Clock clock;

    public InvoiceFinalizer(BillingPreview preview, InvoiceRepository invoices, AuditLog audit, Clock clock) {
        this.preview = preview;
        this.invoices = invoices;
        this.audit = audit;
        this.clock = clock;
    }

    /** The contract's invoice for the run starting in {@code month}; empty when nothing is left to bill. */
    public Optional<FinalizedInvoice> finalizeContract(long contractId, YearMonth month, String username) {
        invoices.lockNumbering();
        Optional<ContractDraft> found = preview.previewContract(contractId, month);
        if (found.isEmpty() || found.get().draft().isEmpty()) {
            return Optional.empty();
        }
        ContractDraft contractDraft = found.get();
        DraftInvoice draft = contractDraft.draft();
        if (!draft.canBeFinalized()) {
            throw new BillingRunException(contractDraft.contract().name() + " cannot be finalized: "
                    + draft.warnings().stream().filter(BillingWarning::blocksFinalize).map(BillingWarning::message)
                    .findFirst().orElse("it has a warning that blocks it."));
        }
        String number = invoices.takeNumber(InvoiceKind.INVOICE);
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        draft.totals().forEach((currency, amount) -> totals.put(currency.getCurrencyCode(), amount));
        List<NewInvoiceLine> lines = draft.lines().stream().map(InvoiceFinalizer::toLine).toList();
        long id = invoices.insert(new NewInvoice(number, InvoiceKind.INVOICE, contractId,
                contractDraft.contract().customerId(), draft.period().start(), draft.period().end(),
                LocalDate.now(clock), !contractDraft.aheadAlreadyCharged(), null, username, clock.instant(), lines,
                totals, null));
        List<Long> events = draft.eventIds();
        int marked = invoices.markInvoiced(events, number);
        if (marked != events.size()) {
            throw new BillingRunException("The log of " + contractDraft.contract().name() + " changed while it was "
                    + "being finalized: nothing was stored. Run the preview again.");
        }
        audit.record(username, AuditAction.FINALIZE, AuditEntity.INVOICE, id, "Finalized invoice " + number + " for "
                        + contractDraft.contract().customerName() + ", " + contractDraft.contract().name() + ", "
                        + draft.period(), null,
                InvoiceAudit.state(number, InvoiceKind.INVOICE.name(), draft.period().toString(), totals,
                        lines.size(), events));
        return Optional.of(new FinalizedInvoice(id, number, contractId));
    }

    static NewInvoiceLine toLine(DraftLine line) {
        return new NewInvoiceLine(line.subscriptionId(), line.product().id(), line.kind().name(),
                line.product().name(), truncate(line.description()), line.quantity(), line.period().start(),
                line.period().end(), periods(line.share()), line.unitPrice(), line.currency().getCurrencyCode(),
                line.amount(), line.eventIds());
    }

    static String periods(Share share) {
        return share.denominator().equals(java.math.BigInteger.ONE) ? share.numerator().toString()
                : share.numerator() + "/" + share.denominator();
    }

    private static String truncate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 499) + "…";
    }
}
