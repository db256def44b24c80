package org.seatkeeper.app.invoices;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.seatkeeper.billing.billingrun.BillingPreview;
import org.seatkeeper.billing.billingrun.BillingRunException;
import org.seatkeeper.billing.billingrun.ContractDraft;
import org.seatkeeper.billing.billingrun.FinalizedInvoice;
import org.seatkeeper.billing.billingrun.InvoiceFinalizer;
import org.seatkeeper.db.Transactions;

/**
 * The billing run's use cases: the preview, and finalizing contracts one after the other, each in a transaction of
 * its own (one that cannot be finalized does not hold back the others; each says why).
 */
final class BillingRun {

    /** What a finalize of several contracts did: the invoices made, and the refusals in words. */
    record Outcome(List<FinalizedInvoice> invoices, List<String> refusals, int nothingLeft) {
    }

    private final BillingPreview preview;
    private final InvoiceFinalizer finalizer;
    private final Transactions transactions;

    BillingRun(BillingPreview preview, InvoiceFinalizer finalizer, Transactions transactions) {
        this.preview = preview;
        this.finalizer = finalizer;
        this.transactions = transactions;
    }

    List<ContractDraft> preview(YearMonth month, Long customerId) {
        return transactions.inTransaction(() -> preview.preview(month, customerId));
    }

    /** The contracts whose draft has lines and no warning at all. */
    List<Long> withoutWarnings(YearMonth month, Long customerId) {
        return preview(month, customerId).stream()
                .filter(d -> d.draft().canBeFinalized() && d.draft().warnings().isEmpty())
                .map(d -> d.contract().id())
                .toList();
    }

    Outcome finalize(List<Long> contractIds, YearMonth month, String username) {
        List<FinalizedInvoice> made = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        int nothingLeft = 0;
        for (Long contractId : contractIds) {
            try {
                Optional<FinalizedInvoice> invoice = transactions.inTransaction(() ->
                        finalizer.finalizeContract(contractId, month, username));
                if (invoice.isPresent()) {
                    made.add(invoice.get());
                } else {
                    nothingLeft++;
                }
            } catch (BillingRunException refused) {
                refusals.add(refused.getMessage());
            }
        }
        return new Outcome(made, refusals, nothingLeft);
    }
}
