package org.seatkeeper.billing.billingrun;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.seatkeeper.db.catalog.BillingCycle;
import org.seatkeeper.db.subscriptions.LicenseChangeType;

/** Subscriptions and logs for the billing rule's tests: {@code aSubscription().created("2027-01-01", 5)...}. */
final class BillingFixtures {

    static final Currency USD = Currency.getInstance("USD");
    /** a contract that started 1 Jan 2026, billed on the 1st */
    static final BillingCalendar FIRST_OF_MONTH = new BillingCalendar(LocalDate.parse("2026-01-01"), 1);

    private BillingFixtures() {
    }

    static SubscriptionBuilder aSubscription() {
        return new SubscriptionBuilder();
    }

    static Period period(String start, String end) {
        return new Period(LocalDate.parse(start), LocalDate.parse(end));
    }

    static final class SubscriptionBuilder {
        private long nextEventId = 1;
        private BillingCycle cycle = BillingCycle.MONTHLY;
        private BigDecimal unitPrice = new BigDecimal("10.00");
        private Currency currency = USD;
        private LocalDate window;
        private LocalDate termEnd;
        private final List<BillableEvent> log = new ArrayList<>();

        SubscriptionBuilder cycle(BillingCycle value) {
            cycle = value;
            return this;
        }

        SubscriptionBuilder price(String value) {
            unitPrice = value == null ? null : new BigDecimal(value);
            return this;
        }

        SubscriptionBuilder currency(String code) {
            currency = Currency.getInstance(code);
            return this;
        }

        SubscriptionBuilder window(String until, String termEndDate) {
            window = LocalDate.parse(until);
            termEnd = LocalDate.parse(termEndDate);
            return this;
        }

        SubscriptionBuilder created(String date, int quantity) {
            return event(LicenseChangeType.CREATE, date, quantity);
        }

        SubscriptionBuilder changed(String date, int change) {
            return event(change >= 0 ? LicenseChangeType.INCREASE : LicenseChangeType.DECREASE, date, change);
        }

        SubscriptionBuilder event(LicenseChangeType type, String date, int change) {
            log.add(new BillableEvent(nextEventId++, type, change, LocalDate.parse(date), false, false, null, null));
            return this;
        }

        SubscriptionBuilder priceChanged(String date, String price) {
            log.add(new BillableEvent(nextEventId++, LicenseChangeType.PRICE_CHANGE, 0, LocalDate.parse(date), false,
                    false, new BigDecimal(price), null));
            return this;
        }

        SubscriptionBuilder archivedLast() {
            BillableEvent last = log.remove(log.size() - 1);
            log.add(new BillableEvent(last.id(), last.type(), last.quantityChange(), last.date(), true, false,
                    last.unitPrice(), last.product()));
            return this;
        }

        SubscriptionBuilder invoicedAll() {
            log.replaceAll(e -> e.archived() ? e : new BillableEvent(e.id(), e.type(), e.quantityChange(), e.date(),
                    false, true, e.unitPrice(), e.product()));
            return this;
        }

        BillableSubscription build() {
            return new BillableSubscription(7, "Microsoft 365 E3 for Contoso",
                    new BillableProduct(3, "Microsoft 365 E3", cycle), currency, unitPrice, window, termEnd, log);
        }
    }
}
