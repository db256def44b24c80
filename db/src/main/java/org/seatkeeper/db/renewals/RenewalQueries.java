package org.seatkeeper.db.renewals;

import static org.seatkeeper.db.jooq.Tables.BILLING_CONTRACT;
import static org.seatkeeper.db.jooq.Tables.CUSTOMER;
import static org.seatkeeper.db.jooq.Tables.PRODUCT;
import static org.seatkeeper.db.jooq.Tables.PROVIDER;
import static org.seatkeeper.db.jooq.Tables.SUBSCRIPTION;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.impl.DSL;
import org.seatkeeper.db.catalog.Money;

/** The renewals calendar's reads: live subscriptions whose term ends in a window, by date. */
public final class RenewalQueries {

    /** A renewals filter: the window's first and last day, and a provider or a customer (null for all). */
    public record Window(LocalDate from, LocalDate to, Long providerId, Long customerId) {
    }

    private final DSLContext dsl;

    public RenewalQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every renewal in the window, by term end date, customer and subscription. */
    public List<Renewal> renewing(Window window) {
        return query(window).fetch(RenewalQueries::toRenewal);
    }

    /** Live subscriptions whose cancellation window closes in [from, to], soonest first. */
    public List<ClosingWindow> windowsClosing(LocalDate from, LocalDate to) {
        return dsl.select(SUBSCRIPTION.ID, SUBSCRIPTION.NAME, CUSTOMER.ID, CUSTOMER.NAME, PROVIDER.NAME,
                        SUBSCRIPTION.QUANTITY, SUBSCRIPTION.REFUNDABLE_QUANTITY, SUBSCRIPTION.CANCELLATION_ALLOWED_UNTIL)
                .from(SUBSCRIPTION)
                .join(BILLING_CONTRACT).on(BILLING_CONTRACT.ID.eq(SUBSCRIPTION.CONTRACT_ID))
                .join(CUSTOMER).on(CUSTOMER.ID.eq(BILLING_CONTRACT.CUSTOMER_ID))
                .join(PROVIDER).on(PROVIDER.ID.eq(SUBSCRIPTION.PROVIDER_ID))
                .where(SUBSCRIPTION.CANCELLATION_ALLOWED_UNTIL.between(from, to))
                .and(SUBSCRIPTION.STATUS.in("ACTIVE", "SUSPENDED"))
                .orderBy(SUBSCRIPTION.CANCELLATION_ALLOWED_UNTIL, CUSTOMER.NAME, SUBSCRIPTION.ID)
                .fetch(r -> new ClosingWindow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8()));
    }

    /** The same renewals one at a time, for an export that does not hold them all. */
    public void forEach(Window window, Consumer<Renewal> each) {
        try (var cursor = query(window).fetchLazy()) {
            cursor.forEach(r -> each.accept(toRenewal(r)));
        }
    }

    private ResultQuery<? extends Record> query(Window window) {
        Condition filter = SUBSCRIPTION.TERM_END_DATE.between(window.from(), window.to())
                // a deactivated subscription does not renew; a pending one has no term yet
                .and(SUBSCRIPTION.STATUS.in("ACTIVE", "SUSPENDED"))
                .and(window.providerId() == null ? DSL.noCondition() : SUBSCRIPTION.PROVIDER_ID.eq(window.providerId()))
                .and(window.customerId() == null ? DSL.noCondition()
                        : BILLING_CONTRACT.CUSTOMER_ID.eq(window.customerId()));
        return dsl.select(SUBSCRIPTION.ID, SUBSCRIPTION.NAME, CUSTOMER.ID, CUSTOMER.NAME, PROVIDER.ID, PROVIDER.NAME,
                        PRODUCT.NAME, PRODUCT.TERM, PRODUCT.BILLING_CYCLE, SUBSCRIPTION.QUANTITY, SUBSCRIPTION.AUTO_RENEW,
                        SUBSCRIPTION.TERM_END_DATE, SUBSCRIPTION.STATUS, SUBSCRIPTION.UNIT_PRICE,
                        SUBSCRIPTION.CURRENCY, BILLING_CONTRACT.CURRENCY, SUBSCRIPTION.UNIT_COST, PRODUCT.UNIT_COST,
                        PRODUCT.CURRENCY)
                .from(SUBSCRIPTION)
                .join(BILLING_CONTRACT).on(BILLING_CONTRACT.ID.eq(SUBSCRIPTION.CONTRACT_ID))
                .join(CUSTOMER).on(CUSTOMER.ID.eq(BILLING_CONTRACT.CUSTOMER_ID))
                .join(PROVIDER).on(PROVIDER.ID.eq(SUBSCRIPTION.PROVIDER_ID))
                .leftJoin(PRODUCT).on(PRODUCT.ID.eq(SUBSCRIPTION.PRODUCT_ID))
                .where(filter)
                .orderBy(SUBSCRIPTION.TERM_END_DATE, CUSTOMER.NAME, SUBSCRIPTION.ID);
    }

    private static Renewal toRenewal(Record r) {
        // the customer's price is in the subscription's currency, or the contract's when it has none; the cost is
        // the provider's for this subscription at the last sync, else the catalog's for the product
        String priceCurrency = strip(r.get(SUBSCRIPTION.CURRENCY)) != null ? strip(r.get(SUBSCRIPTION.CURRENCY))
                : strip(r.get(BILLING_CONTRACT.CURRENCY));
        Money price = money(r.get(SUBSCRIPTION.UNIT_PRICE), priceCurrency);
        Money cost = r.get(SUBSCRIPTION.UNIT_COST) != null ? money(r.get(SUBSCRIPTION.UNIT_COST), priceCurrency)
                : money(r.get(PRODUCT.UNIT_COST), strip(r.get(PRODUCT.CURRENCY)));
        return new Renewal(r.get(SUBSCRIPTION.ID), r.get(SUBSCRIPTION.NAME), r.get(CUSTOMER.ID), r.get(CUSTOMER.NAME),
                r.get(PROVIDER.ID), r.get(PROVIDER.NAME), r.get(PRODUCT.NAME), r.get(PRODUCT.TERM),
                r.get(PRODUCT.BILLING_CYCLE), r.get(SUBSCRIPTION.QUANTITY), r.get(SUBSCRIPTION.AUTO_RENEW),
                r.get(SUBSCRIPTION.TERM_END_DATE),                r.get(SUBSCRIPTION.STATUS), price, cost);
    }

    private static Money money(BigDecimal amount, String currency) {
        return amount == null || currency == null ? null : new Money(amount, currency);
    }

    private static String strip(String code) {
        return code == null ? null : code.strip();
    }
}
