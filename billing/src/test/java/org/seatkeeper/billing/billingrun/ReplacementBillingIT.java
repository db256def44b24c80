package org.seatkeeper.billing.billingrun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.seatkeeper.db.jooq.Tables.CUSTOMER;
import static org.seatkeeper.db.jooq.Tables.INVOICE;
import static org.seatkeeper.db.jooq.Tables.INVOICE_LINE;
import static org.seatkeeper.db.jooq.Tables.INVOICE_TOTAL;
import static org.seatkeeper.db.jooq.Tables.PROVIDER;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.seatkeeper.billing.subscriptions.LicenseLedger;
import org.seatkeeper.billing.subscriptions.SubscriptionReplacement;
import org.seatkeeper.db.Database;
import org.seatkeeper.db.audit.AuditLog;
import org.seatkeeper.db.catalog.BillingCycle;
import org.seatkeeper.db.catalog.NewProduct;
import org.seatkeeper.db.catalog.ProductKey;
import org.seatkeeper.db.catalog.ProductRepository;
import org.seatkeeper.db.catalog.Term;
import org.seatkeeper.db.contracts.BillingContractRepository;
import org.seatkeeper.db.contracts.ContractTerms;
import org.seatkeeper.db.invoices.BillingInputRepository;
import org.seatkeeper.db.invoices.InvoiceRepository;
import org.seatkeeper.db.subscriptions.ChangeSource;
import org.seatkeeper.db.subscriptions.LicenseChange;
import org.seatkeeper.db.subscriptions.LicenseChangeRepository;
import org.seatkeeper.db.subscriptions.LicenseChangeType;
import org.seatkeeper.db.subscriptions.NewLicenseChange;
import org.seatkeeper.db.subscriptions.NewSubscription;
import org.seatkeeper.db.subscriptions.SubscriptionRepository;
import org.seatkeeper.db.subscriptions.SubscriptionState;
import org.seatkeeper.db.subscriptions.SubscriptionTerms;

/**
 * Replacement histories billed by consecutive finalized runs never bill a license twice (nor forget one): a manual
 * subscription M with random changes is replaced, at a random day between two runs, by the automatic subscription A
 * the sync found for the same licenses, which then changes at random; every month from January to July 2027 is
 * finalized on the real database. What all the invoices charge together equals, up to each line's rounding, what a
 * day-by-day count of the licenses the customer held costs; A's create and M's deactivation are never invoiced, no
 * event is on two invoices (the database's unique constraint would refuse the finalize), and the last run finalized
 * again finds nothing left. Each history is a contract of its own in one database; {@code
 * -Dseatkeeper.billing.examples=N} runs more, a failure prints its seed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReplacementBillingIT {

    private static final int EXAMPLES = Math.max(1, Integer.getInteger("seatkeeper.billing.examples", 300) / 20);
    private static final YearMonth FIRST_RUN = YearMonth.of(2027, 1);
    private static final int RUNS = 7;
    private static final BigDecimal PRICE = new BigDecimal("12.34");

    private final MovingClock clock = new MovingClock();
    private final Database db = Database.openInMemory();
    private final SubscriptionRepository subscriptions = new SubscriptionRepository(db.dsl(), clock);
    private final LicenseChangeRepository changes = new LicenseChangeRepository(db.dsl(), clock);
    private final AuditLog audit = new AuditLog(db.dsl(), clock);
    private final LicenseLedger ledger = new LicenseLedger(subscriptions, changes, audit);
    private final SubscriptionReplacement replacement = new SubscriptionReplacement(db.transactions(), subscriptions,
            changes, ledger, audit, clock);
    private final BillingPreview preview = new BillingPreview(new BillingInputRepository(db.dsl()));
    private final InvoiceFinalizer finalizer = new InvoiceFinalizer(preview, new InvoiceRepository(db.dsl(), clock),
            audit, clock);
    private final long manualProvider = provider("Manual", "MANUAL", false);
    private final long ion = provider("TD SYNNEX Ion", "ION", true);
    private final long product = new ProductRepository(db.dsl(), clock).insert(new NewProduct(new ProductKey(
            "CFQ7TTC0LDPB:0001", Term.P1M, BillingCycle.MONTHLY, "EUR"), "Microsoft 365 Business Basic", PRICE,
            new BigDecimal("9.00")));
    private int histories;

    @AfterAll
    void close() {
        db.close();
    }

    @Test
    void shouldNeverBillALicenseTwiceAcrossRunsWhenAManualSubscriptionIsReplaced() {
        qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(this::billAndCheck);
    }

    /** A step of the licenses' timeline: the day a change takes effect, and the licenses held from then on. */
    private record Change(LocalDate date, int licenses) {
    }

    private void billAndCheck(long seed) {
        Random random = new Random(seed);
        long contract = aContract();
        List<Change> timeline = new ArrayList<>();
        LocalDate mStart = LocalDate.of(2026, 11, 1).plusDays(random.nextInt(60));
        int created = 1 + random.nextInt(20);
        clock.set(mStart);
        long m = db.transactions().inTransaction(() -> ledger.createManual(new NewSubscription(contract,
                manualProvider, product, null, null, "Business Basic (manual)", created, SubscriptionState.ACTIVE,
                new SubscriptionTerms(mStart, null, false, null, null), PRICE, "EUR", true), "alice"));
        int licenses = created;
        timeline.add(new Change(mStart, licenses));
        int replacedBeforeRun = 1 + random.nextInt(RUNS - 1);
        long a = 0;
        LocalDate lastChange = mStart;
        for (int run = 0; run < RUNS; run++) {
            LocalDate runStart = FIRST_RUN.plusMonths(run).atDay(1);
            boolean replacesNow = run == replacedBeforeRun;
            LocalDate replacedOn = replacesNow ? between(random, lastChange, runStart.minusDays(1)) : null;
            // changes before the replacement are M's (a person's), after it A's (the sync's)
            int steps = random.nextInt(3);
            for (int step = 0; step < steps; step++) {
                boolean onA = a != 0;
                LocalDate from = lastChange;
                LocalDate to = replacesNow && !onA ? replacedOn : runStart;
                LocalDate date = between(random, from, to);
                int next = Math.max(1, licenses + random.nextInt(9) - 4);
                if (next == licenses) {
                    continue;
                }
                int change = next - licenses;
                clock.set(date);
                if (onA) {
                    long automatic = a;
                    db.transactions().run(() -> changes.insert(NewLicenseChange.of(automatic, change > 0
                            ? LicenseChangeType.INCREASE : LicenseChangeType.DECREASE, change, next, date,
                            ChangeSource.SYNC, "sync")));
                } else {
                    db.transactions().run(() -> ledger.changeQuantity(m, next, date, "alice"));
                }
                licenses = next;
                lastChange = date;
                timeline.add(new Change(date, licenses));
            }
            if (replacesNow) {
                // the sync found A for the same licenses some days before; the replacement happens that day
                LocalDate found = between(random, mStart, replacedOn);
                a = anAutomaticSubscription(contract, licenses, found);
                long automatic = a;
                clock.set(replacedOn);
                replacement.apply(m, automatic, false, "alice");
                lastChange = replacedOn.isAfter(lastChange) ? replacedOn : lastChange;
            }
            clock.set(runStart.minusDays(3 + random.nextInt(10)));
            YearMonth month = FIRST_RUN.plusMonths(run);
            db.transactions().inTransaction(() -> finalizer.finalizeContract(contract, month, "alice"));
        }

        // then: together the invoices charge the licenses held each day, once
        BigDecimal charged = db.dsl().select(INVOICE_TOTAL.AMOUNT).from(INVOICE_TOTAL).join(INVOICE)
                .on(INVOICE.ID.eq(INVOICE_TOTAL.INVOICE_ID)).where(INVOICE.CONTRACT_ID.eq(contract))
                .fetch(INVOICE_TOTAL.AMOUNT).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        int lines = db.dsl().fetchCount(INVOICE_LINE, INVOICE_LINE.INVOICE_ID.in(db.dsl().select(INVOICE.ID).from(INVOICE)
                .where(INVOICE.CONTRACT_ID.eq(contract))));
        BigDecimal dayByDay = dayByDay(timeline);
        BigDecimal halfCentPerLine = new BigDecimal("0.005").multiply(BigDecimal.valueOf(Math.max(1, lines)));
        assertThat(charged.subtract(dayByDay).abs())
                .as("seed %d: charged %s, a day-by-day count of the licenses held %s (timeline %s)", seed, charged,
                        dayByDay, timeline)
                .isLessThanOrEqualTo(halfCentPerLine);
        // A's archived create (M's licenses, M's date) and M's deactivation are never billed
        long automatic = a;
        assertThat(changes.findBySubscription(automatic)).filteredOn(LicenseChange::archived)
                .as("seed %d", seed).noneMatch(LicenseChange::invoiced);
        assertThat(changes.findBySubscription(m)).filteredOn(e -> e.type() == LicenseChangeType.DEACTIVATE)
                .as("seed %d", seed).singleElement().satisfies(e -> assertThat(e.invoiced()).isFalse());
        // and the last run, finalized again, finds nothing left
        YearMonth last = FIRST_RUN.plusMonths(RUNS - 1);
        assertThat(db.transactions().inTransaction(() -> finalizer.finalizeContract(contract, last, "alice")))
                .as("seed %d", seed).isEmpty();
    }

    /**
     * Every day from M's start to the end of the last run's period, at the licenses held that day (frozen at the last
     * run's first day, as the last run charges the period ahead at that day's licenses).
     */
    private static BigDecimal dayByDay(List<Change> timeline) {
        LocalDate lastRunStart = FIRST_RUN.plusMonths(RUNS - 1).atDay(1);
        LocalDate end = lastRunStart.plusMonths(1);
        MathContext precise = MathContext.DECIMAL128;
        BigDecimal total = BigDecimal.ZERO;
        for (LocalDate day = timeline.get(0).date(); day.isBefore(end); day = day.plusDays(1)) {
            LocalDate asOf = day.isBefore(lastRunStart) ? day : lastRunStart;
            int held = 0;
            for (Change change : timeline) {
                if (!change.date().isAfter(asOf)) {
                    held = change.licenses();
                }
            }
            int periodDays = day.lengthOfMonth();
            total = total.add(PRICE.multiply(BigDecimal.valueOf(held)).divide(BigDecimal.valueOf(periodDays),
                    precise), precise);
        }
        return total;
    }

    private static LocalDate between(Random random, LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        return days <= 0 ? from : from.plusDays(random.nextInt((int) days + 1));
    }

    private long aContract() {
        Instant now = clock.instant();
        long customer = db.dsl().insertInto(CUSTOMER).set(CUSTOMER.NAME, "Contoso " + (++histories))
                .set(CUSTOMER.CREATED_AT, now).set(CUSTOMER.UPDATED_AT, now).returning(CUSTOMER.ID)
                .fetchOne(CUSTOMER.ID);
        return new BillingContractRepository(db.dsl(), clock).insert(customer, new ContractTerms("Main", "EUR",
                BillingCycle.MONTHLY, 1, LocalDate.of(2026, 1, 1), null), false);
    }

    /** A as the sync leaves it: the provider's quantity and price, one CREATE event of the sync on the day found. */
    private long anAutomaticSubscription(long contract, int quantity, LocalDate found) {
        return db.transactions().inTransaction(() -> {
            long id = subscriptions.insert(new NewSubscription(contract, ion, product, null, "ion-" + contract,
                    "Business Basic", quantity, SubscriptionState.ACTIVE, new SubscriptionTerms(found, null, false,
                    null, null), PRICE, "EUR"));
            changes.insert(NewLicenseChange.of(id, LicenseChangeType.CREATE, quantity, quantity, found,
                    ChangeSource.SYNC, "sync"));
            return id;
        });
    }

    private long provider(String name, String kind, boolean automatic) {
        return db.dsl().insertInto(PROVIDER).set(PROVIDER.NAME, name).set(PROVIDER.KIND, kind)
                .set(PROVIDER.AUTOMATIC, automatic).set(PROVIDER.CURRENCY, "EUR").set(PROVIDER.CREATED_AT,
                        Instant.parse("2026-11-01T08:00:00Z")).returning(PROVIDER.ID).fetchOne(PROVIDER.ID);
    }

    /** Seatkeeper's clock, moved to the day each step of a history happens (noon UTC). */
    private static final class MovingClock extends Clock {
        private volatile Instant now = Instant.parse("2026-11-01T12:00:00Z");

        void set(LocalDate day) {
            now = day.atTime(12, 0).toInstant(ZoneOffset.UTC);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
