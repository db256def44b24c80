package org.seatkeeper.db.invoices;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** An invoice or credit note as lists show it; {@code totals} by currency code; a credit note's {@code voidReason}
 *  is why it voids its invoice (null on an invoice, and on credit notes made before reasons were kept). */
public record InvoiceSummary(long id, String number, InvoiceKind kind, long contractId, String contractName,
                             long customerId, String customerName, LocalDate periodStart, LocalDate periodEnd,
                             LocalDate issuedOn, Map<String, BigDecimal> totals, Long voidsInvoiceId,
                             Long voidedById, String finalizedBy, Instant finalizedAt, Instant lastSentAt,
                             String voidReason) {

    public boolean voided() {
        return voidedById != null;
    }
}
