package org.seatkeeper.billing.billingrun;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.seatkeeper.db.catalog.BillingCycle;
import org.seatkeeper.db.subscriptions.LicenseChangeType;

/**
 * The billing rule, written once (README.md, "The billing rule"). A run for the period starting on day S bills, for
 * one subscription:
 * <ul>
 *   <li>the recurring charge of every period of its product's cycle that starts inside the run's period, at the
 *       quantity and unit price in force on S (a suspended or deactivated subscription is charged nothing);</li>
 *   <li>every log event dated S or earlier that is neither archived nor invoiced yet: the change it made to what a
 *       period costs (licenses x price), prorated by days from its date to the end of the period already charged
 *       (the period of the product's cycle that contains the day before S).</li>
 * </ul>
 * Summed over consecutive runs this charges every day once, at the quantity and price in force that day. When the
 * run's period was already invoiced ({@code aheadAlreadyCharged}: a second run of the same period), its recurring
 * charges are not made again and the events are prorated to the end of that period instead. Pure.
 */
public final class SubscriptionBilling {

    private SubscriptionBilling() {
    }

    public static SubscriptionCharges charges(BillableSubscription subscription, BillingCalendar calendar, Period run) {
        return charges(subscription, calendar, run, false);
    }

    public static SubscriptionCharges charges(BillableSubscription subscription, BillingCalendar calendar, Period run,
                                              boolean aheadAlreadyCharged) {
        return new Run(subscription, calendar, run, aheadAlreadyCharged).bill();
    }

    private static final class Run {
        private final BillableSubscription subscription;
        private final BillingCalendar calendar;
        private final Period run;
        private final boolean aheadAlreadyCharged;
        private final BillingCycle cycle;
        private final LocalDate chargedUntil;
        private final List<DraftLine> adjustments = new ArrayList<>();
        private final List<Long> unchargedEvents = new ArrayList<>();
        private final List<BillingWarning> warnings = new ArrayList<>();

        Run(BillableSubscription subscription, BillingCalendar calendar, Period run, boolean aheadAlreadyCharged) {
            this.subscription = subscription;
            this.calendar = calendar;
            this.run = run;
            this.aheadAlreadyCharged = aheadAlreadyCharged;
            this.cycle = subscription.product().cycle();
            // the last day a recurring charge already paid for, at the quantity before the events billed now
            LocalDate lastChargedDay = aheadAlreadyCharged ? run.lastDay() : run.start().minusDays(1);
            this.chargedUntil = calendar.periodContaining(lastChargedDay, cycle).end();
        }

        SubscriptionCharges bill() {
            LicenseState state = LicenseState.before(subscription);
            for (BillableEvent event : subscription.log()) {
                if (event.date().isAfter(run.start())) {
                    break;
                }
                LicenseState after = state.after(event);
                if (event.billable()) {
                    adjust(event, state, after);
                }
                state = after;
            }
            List<DraftLine> lines = new ArrayList<>();
            recurring(state).ifPresentOrElse(line -> lines.add(line.withEvents(unchargedEvents)), () -> {
                for (Long eventId : unchargedEvents) {
                    lines.add(noCharge(eventId));
                }
            });
            lines.addAll(adjustments);
            return new SubscriptionCharges(lines, warnings);
        }

        private java.util.Optional<DraftLine> recurring(LicenseState onFirstDay) {
            List<Period> ahead = aheadAlreadyCharged ? List.of() : calendar.periodsStartingIn(run, cycle);
            int quantity = onFirstDay.billedQuantity();
            if (ahead.isEmpty() || quantity == 0) {
                return java.util.Optional.empty();
            }
            Period period = new Period(ahead.get(0).start(), ahead.get(ahead.size() - 1).end());
            Share share = Share.of(ahead.size());
            BigDecimal value = onFirstDay.valuePerPeriod();
            if (value == null) {
                missingPrice();
            }
            String description = String.format(Locale.ROOT, "%d × %s, %d %s ahead, %s", quantity,
                    onFirstDay.product().name(), ahead.size(), unit(ahead.size()), period);
            return java.util.Optional.of(line(LineKind.RECURRING, onFirstDay.product(), quantity, period, share,
                    onFirstDay.unitPrice(), value == null ? null : share.of(value, subscription.currency()),
                    List.of(), description));
        }

        private void adjust(BillableEvent event, LicenseState before, LicenseState after) {
            Period days = new Period(event.date(), chargedUntil);
            Share share = Share.ofDays(calendar, cycle, event.date(), chargedUntil);
            BigDecimal valueBefore = before.valuePerPeriod();
            BigDecimal valueAfter = after.valuePerPeriod();
            int quantityChange = after.billedQuantity() - before.billedQuantity();
            if (valueBefore == null || valueAfter == null) {
                missingPrice();
                adjustments.add(line(kind(quantityChange), after.product(), quantityChange, days, share,
                        after.unitPrice(), null, List.of(event.id()), describe(event, quantityChange, days)));
                return;
            }
            BigDecimal change = valueAfter.subtract(valueBefore);
            if (change.signum() == 0 || share.isZero()) {
                unchargedEvents.add(event.id());
                return;
            }
            if (change.signum() < 0 && isDecrease(event) && !refundable(event.date())) {
                warnings.add(new BillingWarning(BillingWarning.Kind.NOT_CREDITED, subscription.id(), String.format(
                        Locale.ROOT, "%s: the decrease of %s is after the NCE cancellation window (until %s), "
                                + "so the provider keeps charging it and the customer is not credited.",
                        subscription.name(), event.date(), subscription.cancellationAllowedUntil())));
                adjustments.add(line(LineKind.NO_CHARGE, after.product(), quantityChange, days, share,
                        after.unitPrice(), BigDecimal.ZERO.setScale(MinorUnit.digits(subscription.currency())),
                        List.of(event.id()), describe(event, quantityChange, days) + ", not credited: after the "
                                + "cancellation window"));
                return;
            }
            BigDecimal amount = share.of(change, subscription.currency());
            if (quantityChange == 0) {
                BigDecimal priceChange = after.unitPrice().subtract(before.unitPrice());
                adjustments.add(line(LineKind.PRICE_CHANGE, after.product(), after.billedQuantity(), days, share,
                        priceChange, amount, List.of(event.id()), String.format(Locale.ROOT,
                                "Unit price %s → %s from %s to %s (%d days)", before.unitPrice().toPlainString(),
                                after.unitPrice().toPlainString(), days.start(), days.lastDay(), days.days())));
                return;
            }
            adjustments.add(line(kind(quantityChange), after.product(), quantityChange, days, share,
                    after.unitPrice(), amount, List.of(event.id()), describe(event, quantityChange, days)));
        }

        /** A decrease is refunded inside the NCE window, when no window is known, and once the term has ended. */
        private boolean refundable(LocalDate date) {
            LocalDate window = subscription.cancellationAllowedUntil();
            LocalDate termEnd = subscription.termEnd();
            return window == null || !date.isAfter(window) || (termEnd != null && !date.isBefore(termEnd));
        }

        private static boolean isDecrease(BillableEvent event) {
            return event.type() == LicenseChangeType.DECREASE || event.type() == LicenseChangeType.DEACTIVATE;
        }

        private static LineKind kind(int quantityChange) {
            return quantityChange >= 0 ? LineKind.INCREASE : LineKind.CREDIT;
        }

        private DraftLine noCharge(long eventId) {
            BillableEvent event = subscription.log().stream().filter(e -> e.id() == eventId).findFirst().orElseThrow();
            Period days = new Period(event.date(), event.date().isAfter(chargedUntil) ? event.date() : chargedUntil);
            return line(LineKind.NO_CHARGE, subscription.product(), 0, days, Share.NONE, null,
                    BigDecimal.ZERO.setScale(MinorUnit.digits(subscription.currency())), List.of(eventId),
                    label(event.type()) + " on " + event.date() + ": nothing to charge");
        }

        private void missingPrice() {
            if (warnings.stream().noneMatch(w -> w.kind() == BillingWarning.Kind.MISSING_PRICE)) {
                warnings.add(new BillingWarning(BillingWarning.Kind.MISSING_PRICE, subscription.id(),
                        subscription.name() + " has no unit price: set its price before finalizing."));
            }
        }

        private DraftLine line(LineKind kind, BillableProduct product, int quantity, Period period, Share share,
                               BigDecimal unitPrice, BigDecimal amount, List<Long> events, String description) {
            return new DraftLine(subscription.id(), subscription.name(), kind, product, quantity, period, share,
                    unitPrice, subscription.currency(), amount, events, description);
        }

        private String describe(BillableEvent event, int quantityChange, Period days) {
            return String.format(Locale.ROOT, "%s %+d from %s to %s (%d days)", label(event.type()), quantityChange,
                    days.start(), days.lastDay(), days.days());
        }

        private String unit(int periods) {
            String unit = switch (cycle) {
                case ANNUAL -> "year";
                case TRIENNIAL -> "three-year term";
                case MONTHLY, NONE -> "month";
            };
            return periods == 1 ? unit : unit + "s";
        }

        private static String label(LicenseChangeType type) {
            String words = type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
            return Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }
    }
}
