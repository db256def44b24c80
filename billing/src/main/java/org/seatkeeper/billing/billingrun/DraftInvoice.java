package org.seatkeeper.billing.billingrun;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one contract would be invoiced for one run period: its lines, its totals per currency (amounts in different
 * currencies are never added) and its warnings. Nothing is stored until it is finalized.
 */
public record DraftInvoice(long contractId, Period period, List<DraftLine> lines, Map<Currency, BigDecimal> totals,
                           List<BillingWarning> warnings) {

    public DraftInvoice {
        lines = List.copyOf(lines);
        totals = Collections.unmodifiableMap(new LinkedHashMap<>(totals));
        warnings = List.copyOf(warnings);
    }

    /** The draft of a contract's subscriptions' charges, lines in subscription then kind order. */
    public static DraftInvoice of(long contractId, Period period, List<SubscriptionCharges> charges) {
        List<DraftLine> lines = new ArrayList<>();
        List<BillingWarning> warnings = new ArrayList<>();
        for (SubscriptionCharges each : charges) {
            lines.addAll(each.lines());
            warnings.addAll(each.warnings());
        }
        lines.sort(Comparator.comparing(DraftLine::subscriptionName).thenComparingLong(DraftLine::subscriptionId)
                .thenComparing(DraftLine::kind).thenComparing(line -> line.period().start()));
        Map<Currency, BigDecimal> totals = new LinkedHashMap<>();
        lines.stream()
                .sorted(Comparator.comparing(line -> line.currency().getCurrencyCode()))
                .forEach(line -> totals.merge(line.currency(), line.priced() ? line.amount() : BigDecimal.ZERO
                        .setScale(MinorUnit.digits(line.currency())), BigDecimal::add));
        return new DraftInvoice(contractId, period, lines, totals, warnings);
    }

    public DraftInvoice withWarnings(List<BillingWarning> more) {
        List<BillingWarning> all = new ArrayList<>(warnings);
        all.addAll(more);
        return new DraftInvoice(contractId, period, lines, totals, all);
    }

    /** Nothing left to bill: no line at all (a second run of the same period finds this). */
    public boolean isEmpty() {
        return lines.isEmpty();
    }

    public boolean canBeFinalized() {
        return !isEmpty() && warnings.stream().noneMatch(BillingWarning::blocksFinalize);
    }

    /** The log events this draft bills, each once. */
    public List<Long> eventIds() {
        return lines.stream().flatMap(line -> line.eventIds().stream()).toList();
    }
}
