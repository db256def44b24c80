package org.seatkeeper.billing.billingrun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.seatkeeper.db.catalog.BillingCycle;
import org.seatkeeper.db.subscriptions.LicenseChangeType;

/**
 * Random logs billed by consecutive monthly runs (January to July 2027), each run's events then marked invoiced, as
 * a finalize does. {@code -Dseatkeeper.billing.examples=N} runs more.
 */
class BillingRunPropertiesTest {

    private static final int EXAMPLES = Integer.getInteger("seatkeeper.billing.examples", 300);
    private static final LocalDate FIRST_DAY = LocalDate.parse("2026-11-01");
    private static final YearMonth FIRST_RUN = YearMonth.of(2027, 1);
    private static final int RUNS = 7;
    private static final BillingCalendar CALENDAR = BillingFixtures.FIRST_OF_MONTH;

    /** One random change: what (0 increase, 1 decrease, 2 suspend or reactivate, 3 price, 4 renew), when, how much. */
    record Step(int what, int day, int amount, boolean archived) {
    }

    record History(BillableSubscription subscription, List<BillableEvent> events) {
    }

    @Test
    void shouldBillEveryBillableEventExactlyOnceAcrossRunsAndArchivedOnesNever() {
        qt().withExamples(EXAMPLES).forAll(histories(true)).checkAssert(history -> {
            Billed billed = runAll(history.subscription());

            LocalDate lastRunStart = FIRST_RUN.plusMonths(RUNS - 1).atDay(1);
            List<Long> expected = history.events().stream()
                    .filter(event -> !event.archived() && !event.date().isAfter(lastRunStart))
                    .map(BillableEvent::id).sorted().toList();
            assertThat(billed.eventIds().stream().sorted().toList()).isEqualTo(expected);
        });
    }

    @Test
    void shouldBillAConstantQuantityAtQuantityTimesPriceEveryPeriod() {
        qt().withExamples(EXAMPLES).forAll(integers().between(1, 5_000), integers().between(1, 100_000))
                .checkAssert((quantity, cents) -> {
                    BigDecimal price = BigDecimal.valueOf(cents, 2);
                    BillableSubscription subscription = new BillableSubscription(1, "constant",
                            new BillableProduct(1, "product", BillingCycle.MONTHLY), BillingFixtures.USD, price,
                            null, null, List.of(new BillableEvent(1, LicenseChangeType.CREATE, quantity,
                            FIRST_RUN.atDay(1), false, false, null, null)));

                    for (List<DraftLine> run : runAll(subscription).runs()) {
                        assertThat(run).extracting(DraftLine::amount)
                                .containsExactly(price.multiply(BigDecimal.valueOf(quantity)).setScale(2));
                    }
                });
    }

    @Test
    void shouldChargeWhatADayByDayComputationGivesUpToEachLinesRounding() {
        qt().withExamples(EXAMPLES).forAll(histories(false)).checkAssert(history -> {
            Billed billed = runAll(history.subscription());

            BigDecimal charged = billed.lines().stream().map(DraftLine::amount).reduce(BigDecimal.ZERO,
                    BigDecimal::add);
            BigDecimal dayByDay = dayByDay(history.subscription());
            BigDecimal halfCentPerLine = new BigDecimal("0.005").multiply(BigDecimal.valueOf(billed.lines().size()));
            assertThat(charged.subtract(dayByDay).abs()).isLessThanOrEqualTo(halfCentPerLine);
        });
    }

    @Test
    void shouldFindNothingLeftWhenTheSamePeriodRunsAgainAfterItsFinalize() {
        qt().withExamples(EXAMPLES).forAll(histories(true)).checkAssert(history -> {
            Set<Long> invoiced = new HashSet<>();
            for (int i = 0; i < RUNS; i++) {
                Period run = runPeriod(i);
                SubscriptionCharges first = SubscriptionBilling.charges(
                        invoiced(history.subscription(), invoiced), CALENDAR, run);
                first.lines().forEach(line -> invoiced.addAll(line.eventIds()));

                SubscriptionCharges second = SubscriptionBilling.charges(
                        invoiced(history.subscription(), invoiced), CALENDAR, run, true);
                assertThat(second.lines()).isEmpty();
            }
        });
    }

    /** Every day from the first event on, at the state in force that day (frozen at the last run's first day). */
    private static BigDecimal dayByDay(BillableSubscription subscription) {
        Period lastRun = runPeriod(RUNS - 1);
        BillingCycle cycle = subscription.product().cycle();
        LocalDate end = CALENDAR.periodContaining(lastRun.lastDay(), cycle).end();
        MathContext precise = MathContext.DECIMAL128;
        BigDecimal total = BigDecimal.ZERO;
        List<BillableEvent> log = subscription.log();
        for (LocalDate day = log.get(0).date(); day.isBefore(end); day = day.plusDays(1)) {
            LocalDate asOf = day.isBefore(lastRun.start()) ? day : lastRun.start();
            LicenseState state = LicenseState.before(subscription);
            for (BillableEvent event : log) {
                if (!event.date().isAfter(asOf)) {
                    state = state.after(event);
                }
            }
            long periodDays = CALENDAR.periodContaining(day, cycle).days();
            total = total.add(state.valuePerPeriod().divide(BigDecimal.valueOf(periodDays), precise), precise);
        }
        return total;
    }

    record Billed(List<List<DraftLine>> runs) {
        List<DraftLine> lines() {
            return runs.stream().flatMap(List::stream).toList();
        }

        List<Long> eventIds() {
            return lines().stream().flatMap(line -> line.eventIds().stream()).toList();
        }
    }

    private static Billed runAll(BillableSubscription subscription) {
        Set<Long> invoiced = new HashSet<>();
        List<List<DraftLine>> runs = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            SubscriptionCharges charges = SubscriptionBilling.charges(invoiced(subscription, invoiced), CALENDAR,
                    runPeriod(i));
            for (DraftLine line : charges.lines()) {
                for (Long id : line.eventIds()) {
                    assertThat(invoiced.add(id)).as("event %d billed twice", id).isTrue();
                }
            }
            runs.add(charges.lines());
        }
        return new Billed(runs);
    }

    private static Period runPeriod(int index) {
        return CALENDAR.runPeriodStartingIn(FIRST_RUN.plusMonths(index), BillingCycle.MONTHLY).orElseThrow();
    }

    private static BillableSubscription invoiced(BillableSubscription subscription, Set<Long> ids) {
        return new BillableSubscription(subscription.id(), subscription.name(), subscription.product(),
                subscription.currency(), subscription.unitPrice(), subscription.cancellationAllowedUntil(),
                subscription.termEnd(), subscription.log().stream().map(e -> ids.contains(e.id())
                ? new BillableEvent(e.id(), e.type(), e.quantityChange(), e.date(), false, true, e.unitPrice(),
                e.product()) : e).toList());
    }

    private static Gen<History> histories(boolean withArchived) {
        Gen<Step> steps = integers().between(0, 4).zip(integers().between(0, 240), integers().between(1, 6),
                booleans().all(), (what, day, amount, archived) -> new Step(what, day, amount,
                        withArchived && archived && what != 3));
        return lists().of(steps).ofSizeBetween(0, 12)
                .zip(integers().between(1, 20), integers().between(0, 60), booleans().all(),
                        BillingRunPropertiesTest::history);
    }

    private static History history(List<Step> steps, int created, int createdDay, boolean annual) {
        List<BillableEvent> log = new ArrayList<>();
        log.add(new BillableEvent(1, LicenseChangeType.CREATE, created, FIRST_DAY.plusDays(createdDay), false, false,
                null, null));
        int quantity = created;
        boolean active = true;
        List<Step> inOrder = steps.stream().sorted(Comparator.comparingInt(Step::day)).toList();
        for (Step step : inOrder) {
            LocalDate date = FIRST_DAY.plusDays(Math.max(step.day(), createdDay));
            long id = log.size() + 1;
            BillableEvent event = switch (step.what()) {
                case 0 -> new BillableEvent(id, LicenseChangeType.INCREASE, step.amount(), date, step.archived(),
                        false, null, null);
                case 1 -> quantity - step.amount() < 1 ? null : new BillableEvent(id, LicenseChangeType.DECREASE,
                        -step.amount(), date, step.archived(), false, null, null);
                case 2 -> new BillableEvent(id, active ? LicenseChangeType.SUSPEND : LicenseChangeType.REACTIVATE, 0,
                        date, step.archived(), false, null, null);
                case 3 -> new BillableEvent(id, LicenseChangeType.PRICE_CHANGE, 0, date, false, false,
                        BigDecimal.valueOf(800 + 37L * step.amount(), 2), null);
                default -> new BillableEvent(id, LicenseChangeType.RENEW, 0, date, step.archived(), false, null,
                        null);
            };
            if (event == null) {
                continue;
            }
            quantity += event.quantityChange();
            if (event.type() == LicenseChangeType.SUSPEND || event.type() == LicenseChangeType.REACTIVATE) {
                active = !active;
            }
            log.add(event);
        }
        BillableSubscription subscription = new BillableSubscription(1, "random",
                new BillableProduct(1, "product", annual ? BillingCycle.ANNUAL : BillingCycle.MONTHLY),
                BillingFixtures.USD, new BigDecimal("9.99"), null, null, log);
        return new History(subscription, log);
    }
}
