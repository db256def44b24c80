package org.seatkeeper.billing.billingrun;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.seatkeeper.db.subscriptions.LicenseChangeType;

/**
 * One license change log event as billing reads it. {@code unitPrice}: the price from its date on (a PRICE_CHANGE or
 * PRODUCT_CHANGE; null otherwise); {@code product}: the product from its date on (a PRODUCT_CHANGE; null otherwise).
 */
public record BillableEvent(long id, LicenseChangeType type, int quantityChange, LocalDate date, boolean archived,
                            boolean invoiced, BigDecimal unitPrice, BillableProduct product) {

    public BillableEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(date, "date");
        if (archived && invoiced) {
            throw new IllegalArgumentException("an event is never both archived and invoiced: " + id);
        }
    }

    /** Not billed yet and never to be skipped: what a run has to bill. */
    public boolean billable() {
        return !archived && !invoiced;
    }
}
