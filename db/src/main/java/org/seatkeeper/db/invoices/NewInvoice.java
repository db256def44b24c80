package org.seatkeeper.db.invoices;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A finalized invoice or credit note to store, whole; {@code voidReason} only on a credit note. */
public record NewInvoice(String number, InvoiceKind kind, long contractId, long customerId, LocalDate periodStart,
                         LocalDate periodEnd, LocalDate issuedOn, boolean chargesAhead, Long voidsInvoiceId,
                         String finalizedBy, Instant finalizedAt, List<NewInvoiceLine> lines,
                         Map<String, BigDecimal> totals, String voidReason) {

    public NewInvoice {
        lines = List.copyOf(lines);
        totals = Map.copyOf(totals);
    }
}
