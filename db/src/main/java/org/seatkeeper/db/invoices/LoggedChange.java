package org.seatkeeper.db.invoices;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.seatkeeper.db.subscriptions.LicenseChangeType;

/** One license change log event, the columns billing reads. */
public record LoggedChange(long id, long subscriptionId, LicenseChangeType type, int quantityChange,
                           LocalDate effectiveDate, boolean archived, boolean invoiced, BigDecimal unitPrice,
                           Long productId) {
}
