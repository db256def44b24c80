package org.seatkeeper.db.invoices;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A line to store with its invoice; {@code periods}: the share of billing periods as text ("22/31", "12"). */
public record NewInvoiceLine(long subscriptionId, Long productId, String kind, String productName, String description,
                             int quantity, LocalDate periodStart, LocalDate periodEnd, String periods,
                             BigDecimal unitPrice, String currency, BigDecimal amount, List<Long> eventIds) {

    public NewInvoiceLine {
        eventIds = List.copyOf(eventIds);
    }
}
