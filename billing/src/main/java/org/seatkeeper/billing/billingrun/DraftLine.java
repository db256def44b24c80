package org.seatkeeper.billing.billingrun;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * One line of a draft invoice. {@code period}: the days it charges for; {@code share}: how many whole billing periods
 * of its product those are (1 for a month ahead, 12 for a monthly product on an annual contract, 10/31 for ten days
 * of a 31-day month). {@code amount} = quantity x unit price x share, rounded half-even to the minor unit; null when
 * the unit price is unknown. {@code eventIds}: the log events this line bills (marked invoiced when finalized).
 */
public record DraftLine(long subscriptionId, String subscriptionName, LineKind kind, BillableProduct product,
                        int quantity, Period period, Share share, BigDecimal unitPrice, Currency currency,
                        BigDecimal amount, List<Long> eventIds, String description) {

    public DraftLine {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(share, "share");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(description, "description");
        eventIds = List.copyOf(eventIds);
    }

    public boolean priced() {
        return amount != null;
    }

    DraftLine withEvents(List<Long> more) {
        List<Long> all = new java.util.ArrayList<>(eventIds);
        all.addAll(more);
        return new DraftLine(subscriptionId, subscriptionName, kind, product, quantity, period, share, unitPrice,
                currency, amount, all, description);
    }
}
