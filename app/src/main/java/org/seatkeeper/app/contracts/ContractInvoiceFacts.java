package org.seatkeeper.app.contracts;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;
import org.seatkeeper.billing.billingrun.BillingPreview;
import org.seatkeeper.billing.billingrun.ContractDraft;
import org.seatkeeper.db.Transactions;
import org.seatkeeper.db.catalog.Money;
import org.seatkeeper.db.invoices.InvoiceRepository;

/** What the contract page says of its billing: its last invoice, and the coming month's run with what is new. */
final class ContractInvoiceFacts {

    private final InvoiceRepository invoices;
    private final BillingPreview preview;
    private final Transactions transactions;
    private final Clock clock;

    ContractInvoiceFacts(InvoiceRepository invoices, BillingPreview preview, Transactions transactions, Clock clock) {
        this.invoices = invoices;
        this.preview = preview;
        this.transactions = transactions;
        this.clock = clock;
    }

    List<ContractPage.Fact> facts(long contractId) {
        String last = invoices.lastInvoice(contractId).map(i -> i.number() + " of " + i.issuedOn() + ", "
                + i.totals().entrySet().stream().map(t -> new Money(t.getValue(), t.getKey()).toString())
                .collect(Collectors.joining(", ")) + (i.voided() ? " (voided)" : "")).orElse("none yet");
        YearMonth coming = YearMonth.now(clock).plusMonths(1);
        String next = transactions.inTransaction(() -> preview.previewContract(contractId, coming))
                .map(ContractInvoiceFacts::describe).orElse("no run starts in " + coming);
        return List.of(new ContractPage.Fact("Last invoice", last), new ContractPage.Fact("Next run", next));
    }

    private static String describe(ContractDraft draft) {
        if (draft.draft().isEmpty()) {
            return draft.draft().period() + ": nothing left to bill";
        }
        int events = draft.draft().eventIds().size();
        int warnings = draft.draft().warnings().size();
        return draft.draft().period() + ": " + draft.draft().totals().entrySet().stream()
                .map(t -> new Money(t.getValue(), t.getKey().getCurrencyCode()).toString())
                .collect(Collectors.joining(", "))
                + "; " + events + (events == 1 ? " log event" : " log events") + " since the last invoice"
                + (warnings == 0 ? "" : "; " + warnings + (warnings == 1 ? " warning" : " warnings")
                + " (see the billing run)");
    }
}
