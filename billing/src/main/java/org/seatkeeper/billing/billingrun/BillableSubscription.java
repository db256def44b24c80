package org.seatkeeper.billing.billingrun;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * A subscription as billing reads it: its current product and unit price (null: no price yet), the currency it is
 * billed in, its NCE cancellation window and term end (either may be unknown) and its whole log, archived and
 * invoiced events included (they still say what quantity was in force).
 */
public record BillableSubscription(long id, String name, BillableProduct product, Currency currency,
                                   BigDecimal unitPrice, LocalDate cancellationAllowedUntil, LocalDate termEnd,
                                   List<BillableEvent> log) {

    /** Events in the order they happened: by date, then in the order recorded. */
    static final Comparator<BillableEvent> IN_ORDER =
            Comparator.comparing(BillableEvent::date).thenComparingLong(BillableEvent::id);

    public BillableSubscription {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(currency, "currency");
        log = log.stream().sorted(IN_ORDER).toList();
    }
}
