package org.seatkeeper.billing.billingrun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.seatkeeper.billing.billingrun.BillingFixtures.FIRST_OF_MONTH;
import static org.seatkeeper.billing.billingrun.BillingFixtures.aSubscription;
import static org.seatkeeper.billing.billingrun.BillingFixtures.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.seatkeeper.db.catalog.BillingCycle;
import org.seatkeeper.db.subscriptions.LicenseChangeType;

class SubscriptionBillingTest {

    private static final Period FEBRUARY = period("2027-02-01", "2027-03-01");

    private static SubscriptionCharges bill(BillableSubscription subscription, Period run) {
        return SubscriptionBilling.charges(subscription, FIRST_OF_MONTH, run);
    }

    @ParameterizedTest(name = "{0} licenses at {1} bill {2} for the month ahead")
    @CsvSource({"5, 10.00, 50.00", "1, 36.00, 36.00", "300, 12.345, 3703.50", "7, 0.005, 0.04"})
    void shouldChargeTheMonthAheadAtTheQuantityInForceOnItsFirstDay(int quantity, String price, String amount) {
        BillableSubscription subscription = aSubscription().price(price).created("2027-01-01", quantity)
                .invoicedAll().changed("2027-02-02", 4).build();

        SubscriptionCharges charges = bill(subscription, FEBRUARY);

        assertThat(charges.lines()).singleElement().satisfies(line -> {
            assertThat(line.kind()).isEqualTo(LineKind.RECURRING);
            assertThat(line.quantity()).isEqualTo(quantity);
            assertThat(line.period()).isEqualTo(FEBRUARY);
            assertThat(line.amount()).isEqualByComparingTo(amount).hasScaleOf(2);
            assertThat(line.eventIds()).isEmpty();
        });
    }

    @ParameterizedTest(name = "{0} {1} on {2}: {3} ({4} days)")
    @CsvSource({
            // 5 licenses billed for January; +3 on 10 January: 3 x 10.00 x 22/31
            "INCREASE,   3,  2027-01-10, 21.29,  22, INCREASE",
            // -2 on 25 January, inside the window: credit 2 x 10.00 x 7/31
            "DECREASE,   -2, 2027-01-25, -4.52,  7,  CREDIT",
            // suspended on 16 January: 5 x 10.00 x 16/31 credited
            "SUSPEND,    0,  2027-01-16, -25.81, 16, CREDIT",
            // deactivated on the last day: 1 day credited
            "DEACTIVATE, -5, 2027-01-31, -1.61,  1,  CREDIT"})
    void shouldProrateEachChangeOfThePastPeriodFromItsDateToThePeriodEnd(LicenseChangeType type, int change,
                                                                        String date, String amount, long days,
                                                                        LineKind kind) {
        BillableSubscription subscription = aSubscription().created("2026-12-01", 5).invoicedAll()
                .event(type, date, change).build();

        SubscriptionCharges charges = bill(subscription, FEBRUARY);

        assertThat(charges.lines()).filteredOn(line -> line.kind() == kind).singleElement().satisfies(line -> {
            assertThat(line.amount()).isEqualByComparingTo(amount);
            assertThat(line.period()).isEqualTo(new Period(LocalDate.parse(date), FEBRUARY.start()));
            assertThat(line.period().days()).isEqualTo(days);
            assertThat(line.eventIds()).containsExactly(2L);
        });
        assertThat(charges.warnings()).isEmpty();
    }

    @Test
    void shouldChargeASubscriptionCreatedInThePastPeriodFromItsDateAndTheMonthAhead() {
        BillableSubscription subscription = aSubscription().created("2027-01-17", 4).build();

        SubscriptionCharges charges = bill(subscription, FEBRUARY);

        assertThat(charges.lines()).extracting(DraftLine::kind, DraftLine::quantity, line -> line.amount().toString())
                .containsExactly(tuple(LineKind.RECURRING, 4, "40.00"), tuple(LineKind.INCREASE, 4, "19.35"));
    }

    @Test
    void shouldChargeAReactivationFromItsDate() {
        BillableSubscription subscription = aSubscription().created("2026-11-01", 5)
                .event(LicenseChangeType.SUSPEND, "2026-12-10", 0).invoicedAll()
                .event(LicenseChangeType.REACTIVATE, "2027-01-21", 0).build();

        SubscriptionCharges charges = bill(subscription, FEBRUARY);

        assertThat(charges.lines()).extracting(DraftLine::kind, line -> line.amount().toString())
                .containsExactly(tuple(LineKind.RECURRING, "50.00"), tuple(LineKind.INCREASE, "17.74"));
    }

    @Test
    void shouldNotCreditADecreaseAfterTheNceWindowAndSaySo() {
        BillableSubscription subscription = aSubscription().window("2027-01-07", "2027-12-01")
                .created("2026-12-01", 5).invoicedAll().changed("2027-01-20", -2).build();

        SubscriptionCharges charges = bill(subscription, FEBRUARY);

        assertThat(charges.lines()).extracting(DraftLine::kind, line -> line.amount().toString(), DraftLine::eventIds)
                .containsExactly(tuple(LineKind.RECURRING, "30.00", List.of()),
                        tuple(LineKind.NO_CHARGE, "0.00", List.of(2L)));
        assertThat(charges.warnings()).extracting(BillingWarning::kind)
                .containsExactly(BillingWarning.Kind.NOT_CREDITED);
    }

    @Test
    void shouldCreditADecreaseInsideTheNceWindow() {
        BillableSubscription subscription = aSubscription().window("2027-01-07", "2027-12-01")
                .created("2026-12-01", 5).invoicedAll().changed("2027-01-07", -2).build();

        assertThat(bill(subscription, FEBRUARY).lines()).extracting(DraftLine::kind, line -> line.amount().toString())
                .contains(tuple(LineKind.CREDIT, "-16.13"));
    }

    @Test
    void shouldProrateAPriceChangeOverTheLicensesInForce() {
        BillableSubscription subscription = aSubscription().price("12.00").created("2026-12-01", 5)
                .priceChanged("2026-12-01", "10.00").invoicedAll().priceChanged("2027-01-22", "12.00").build();

        SubscriptionCharges charges = bill(subscription, FEBRUARY);

        // 5 x 2.00 x 10/31 = 3.2258
        assertThat(charges.lines()).extracting(DraftLine::kind, DraftLine::quantity, line -> line.amount().toString())
                .containsExactly(tuple(LineKind.RECURRING, 5, "60.00"), tuple(LineKind.PRICE_CHANGE, 5, "3.23"));
    }

    @Test
    void shouldNeverBillAnArchivedEventButKeepItsQuantityFromTheNextPeriod() {
        // a replacement: the synced subscription's create (dated the manual one's start) is archived
        BillableSubscription synced = aSubscription().created("2026-06-01", 10).archivedLast()
                .changed("2027-01-15", 2).build();

        SubscriptionCharges charges = bill(synced, FEBRUARY);

        assertThat(charges.lines()).extracting(DraftLine::kind, DraftLine::quantity, line -> line.amount().toString(),
                        DraftLine::eventIds)
                .containsExactly(tuple(LineKind.RECURRING, 12, "120.00", List.of()),
                        tuple(LineKind.INCREASE, 2, "10.97", List.of(2L)));
        assertThat(charges.lines()).flatExtracting(DraftLine::eventIds).doesNotContain(1L);
    }

    @Test
    void shouldNeverBillAnInvoicedEventAgain() {
        BillableSubscription subscription = aSubscription().created("2027-01-10", 5).changed("2027-01-20", 1)
                .invoicedAll().build();

        assertThat(bill(subscription, FEBRUARY).lines()).extracting(DraftLine::kind)
                .containsExactly(LineKind.RECURRING);
    }

    @Test
    void shouldCountAnEventOnTheFirstDayInTheRecurringChargeAndLeaveLaterOnesForTheNextRun() {
        BillableSubscription subscription = aSubscription().created("2027-02-01", 5).changed("2027-02-02", 3).build();

        assertThat(bill(subscription, FEBRUARY).lines())
                .extracting(DraftLine::kind, DraftLine::quantity, line -> line.amount().toString(), DraftLine::eventIds)
                .containsExactly(tuple(LineKind.RECURRING, 5, "50.00", List.of(1L)));
    }

    @Test
    void shouldBillARenewalWithNothingToChargeOnceSoItIsMarked() {
        BillableSubscription subscription = aSubscription().created("2026-12-01", 5).invoicedAll()
                .event(LicenseChangeType.RENEW, "2027-01-12", 0).build();

        assertThat(bill(subscription, FEBRUARY).lines()).extracting(DraftLine::kind, DraftLine::eventIds)
                .containsExactly(tuple(LineKind.RECURRING, List.of(2L)));
    }

    @Test
    void shouldBillAnAnnualTermBilledMonthlyEveryMonth() {
        // the product's cycle is monthly whatever its term: an annual-term, monthly-billed product
        BillableSubscription subscription = aSubscription().cycle(BillingCycle.MONTHLY).price("33.60")
                .created("2026-12-01", 2).invoicedAll().build();

        for (String month : List.of("2027-02", "2027-03", "2027-04")) {
            Period run = FIRST_OF_MONTH.runPeriodStartingIn(YearMonth.parse(month), BillingCycle.MONTHLY).orElseThrow();
            assertThat(bill(subscription, run).lines()).extracting(line -> line.amount().toString())
                    .containsExactly("67.20");
        }
    }

    @Test
    void shouldBillAnAnnualProductTheYearAheadOnItsAnniversaryAndProrateChangesToTheYearEnd() {
        BillableSubscription subscription = aSubscription().cycle(BillingCycle.ANNUAL).price("360.00")
                .created("2026-01-01", 2).invoicedAll().changed("2027-01-05", 1).build();

        // January 2027 starts the contract's year: 2 x 360.00 ahead
        Period january = FIRST_OF_MONTH.runPeriodStartingIn(YearMonth.of(2027, 1), BillingCycle.MONTHLY).orElseThrow();
        assertThat(bill(subscription, january).lines()).extracting(DraftLine::kind, line -> line.amount().toString())
                .containsExactly(tuple(LineKind.RECURRING, "720.00"));
        // the +1 of 5 January is charged in February from its date to the year's end: 360.00 x 361/365
        assertThat(bill(subscription, FEBRUARY).lines()).extracting(DraftLine::kind, line -> line.amount().toString())
                .containsExactly(tuple(LineKind.INCREASE, "356.05"));
    }

    @Test
    void shouldBillAMonthlyProductOnAnAnnualContractTheTwelveMonthsAhead() {
        BillableSubscription subscription = aSubscription().price("10.00").created("2027-01-01", 3).build();
        Optional<DraftInvoice> draft = ContractBilling.draft(1, FIRST_OF_MONTH, BillingCycle.ANNUAL,
                YearMonth.of(2027, 1), List.of(subscription));

        assertThat(draft).get().satisfies(invoice -> {
            assertThat(invoice.period()).isEqualTo(period("2027-01-01", "2028-01-01"));
            assertThat(invoice.lines()).extracting(DraftLine::quantity, line -> line.amount().toString())
                    .containsExactly(tuple(3, "360.00"));
        });
        assertThat(ContractBilling.draft(1, FIRST_OF_MONTH, BillingCycle.ANNUAL, YearMonth.of(2027, 2),
                List.of(subscription))).isEmpty();
    }

    @Test
    void shouldWarnAndLeaveTheAmountOpenWithoutAPrice() {
        BillableSubscription subscription = aSubscription().price(null).created("2027-01-10", 5).build();

        SubscriptionCharges charges = bill(subscription, FEBRUARY);
        DraftInvoice draft = DraftInvoice.of(1, FEBRUARY, List.of(charges));

        assertThat(charges.lines()).allSatisfy(line -> assertThat(line.priced()).isFalse());
        assertThat(charges.warnings()).extracting(BillingWarning::kind)
                .containsExactly(BillingWarning.Kind.MISSING_PRICE);
        assertThat(draft.canBeFinalized()).isFalse();
    }

    @Test
    void shouldTotalEachCurrencyApart() {
        BillableSubscription dollars = aSubscription().created("2027-01-01", 1).invoicedAll().build();
        BillableSubscription euros = aSubscription().currency("EUR").price("20.00").created("2027-01-01", 2)
                .invoicedAll().build();

        DraftInvoice draft = DraftInvoice.of(1, FEBRUARY, List.of(bill(dollars, FEBRUARY), bill(euros, FEBRUARY)));

        assertThat(draft.totals()).hasSize(2);
        assertThat(draft.totals().get(java.util.Currency.getInstance("EUR"))).isEqualByComparingTo("40.00");
        assertThat(draft.totals().get(BillingFixtures.USD)).isEqualByComparingTo("10.00");
    }
}
