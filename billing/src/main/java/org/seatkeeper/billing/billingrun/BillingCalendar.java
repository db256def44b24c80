package org.seatkeeper.billing.billingrun;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.seatkeeper.db.catalog.BillingCycle;

/**
 * A contract's calendar: every period, of any cycle, starts on the contract's billing day; years (and three-year
 * terms) start in the month the contract started. A monthly period runs from the billing day to the billing day of
 * the next month, so its length (28 to 31 days) is the month's.
 */
public record BillingCalendar(LocalDate contractStart, int billingDay) {

    public BillingCalendar {
        if (billingDay < 1 || billingDay > 28) {
            throw new IllegalArgumentException("a billing day is between 1 and 28: " + billingDay);
        }
    }

    /** How many months one period of a cycle lasts; a product without a cycle is billed monthly. */
    public static int months(BillingCycle cycle) {
        return switch (cycle) {
            case ANNUAL -> 12;
            case TRIENNIAL -> 36;
            case MONTHLY, NONE -> 1;
        };
    }

    /** The period of {@code cycle} that contains {@code day}. */
    public Period periodContaining(LocalDate day, BillingCycle cycle) {
        int length = months(cycle);
        long monthsFromOrigin = ChronoUnit.MONTHS.between(YearMonth.from(origin()), YearMonth.from(day));
        long index = Math.floorDiv(monthsFromOrigin, length);
        LocalDate start = origin().plusMonths(index * length);
        if (start.isAfter(day)) {
            start = start.minusMonths(length);
        }
        return new Period(start, start.plusMonths(length));
    }

    /** The contract's run period that starts in {@code month}, if one does (an annual contract's only once a year). */
    public Optional<Period> runPeriodStartingIn(YearMonth month, BillingCycle contractCycle) {
        LocalDate start = month.atDay(billingDay);
        Period containing = periodContaining(start, contractCycle);
        return containing.start().equals(start) ? Optional.of(containing) : Optional.empty();
    }

    /** The periods of {@code cycle} that start inside {@code run}: what a run bills ahead. */
    public List<Period> periodsStartingIn(Period run, BillingCycle cycle) {
        List<Period> periods = new ArrayList<>();
        Period period = periodContaining(run.start(), cycle);
        if (period.start().isBefore(run.start())) {
            period = next(period, cycle);
        }
        while (period.start().isBefore(run.end())) {
            periods.add(period);
            period = next(period, cycle);
        }
        return periods;
    }

    private Period next(Period period, BillingCycle cycle) {
        return new Period(period.end(), period.end().plusMonths(months(cycle)));
    }

    private LocalDate origin() {
        return LocalDate.of(contractStart.getYear(), contractStart.getMonth(), billingDay);
    }
}
