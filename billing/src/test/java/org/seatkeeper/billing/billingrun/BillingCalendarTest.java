package org.seatkeeper.billing.billingrun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seatkeeper.billing.billingrun.BillingFixtures.period;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.seatkeeper.db.catalog.BillingCycle;

class BillingCalendarTest {

    private final BillingCalendar fifteenth = new BillingCalendar(LocalDate.parse("2025-03-20"), 15);

    @ParameterizedTest(name = "{1} period containing {0} is {2} to {3}")
    @CsvSource({
            "2026-07-15, MONTHLY,   2026-07-15, 2026-08-15",
            "2026-07-14, MONTHLY,   2026-06-15, 2026-07-15",
            "2026-02-20, MONTHLY,   2026-02-15, 2026-03-15",
            "2026-03-15, ANNUAL,    2026-03-15, 2027-03-15",
            "2026-03-14, ANNUAL,    2025-03-15, 2026-03-15",
            "2024-12-01, ANNUAL,    2024-03-15, 2025-03-15",
            "2028-03-14, TRIENNIAL, 2025-03-15, 2028-03-15",
            "2028-03-15, TRIENNIAL, 2028-03-15, 2031-03-15",
            "2026-07-20, NONE,      2026-07-15, 2026-08-15"})
    void shouldFindThePeriodOfEachCycleOnTheBillingDay(String day, BillingCycle cycle, String start, String end) {
        assertThat(fifteenth.periodContaining(LocalDate.parse(day), cycle)).isEqualTo(period(start, end));
    }

    @ParameterizedTest(name = "a {1} contract runs in {0}: {2}")
    @CsvSource({
            "2026-07, MONTHLY,   2026-07-15, 2026-08-15",
            "2026-03, ANNUAL,    2026-03-15, 2027-03-15",
            "2026-04, ANNUAL,    ,",
            "2028-03, TRIENNIAL, 2028-03-15, 2031-03-15",
            "2027-03, TRIENNIAL, ,"})
    void shouldRunAnnualContractsOnlyInTheMonthTheirYearStarts(String month, BillingCycle cycle, String start,
                                                              String end) {
        assertThat(fifteenth.runPeriodStartingIn(YearMonth.parse(month), cycle))
                .isEqualTo(start == null ? java.util.Optional.empty() : java.util.Optional.of(period(start, end)));
    }

    @ParameterizedTest(name = "a run of {0} to {1} bills {3} {2} periods ahead")
    @CsvSource({
            "2026-07-15, 2026-08-15, MONTHLY, 1",
            "2026-03-15, 2027-03-15, MONTHLY, 12",
            "2026-07-15, 2026-08-15, ANNUAL,  0",
            "2026-03-15, 2026-04-15, ANNUAL,  1"})
    void shouldBillThePeriodsThatStartInTheRun(String start, String end, BillingCycle cycle, int count) {
        assertThat(fifteenth.periodsStartingIn(period(start, end), cycle)).hasSize(count)
                .allSatisfy(each -> assertThat(period(start, end).contains(each.start())).isTrue());
    }
}
