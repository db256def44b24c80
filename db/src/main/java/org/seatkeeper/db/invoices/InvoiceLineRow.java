package org.seatkeeper.db.invoices;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A stored invoice line with the log events it billed. */
public record InvoiceLineRow(long id, int lineNumber, long subscriptionId, String subscriptionName, Long productId,
                             String kind, String productName, String description, int quantity, LocalDate periodStart,
                             LocalDate periodEnd, String periods, BigDecimal unitPrice, String currency,
                             BigDecimal amount, List<Long> eventIds) {
}
