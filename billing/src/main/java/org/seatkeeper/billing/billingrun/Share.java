package org.seatkeeper.billing.billingrun;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import org.seatkeeper.db.catalog.BillingCycle;

/**
 * How many whole billing periods some days are worth, as an exact fraction: proration is by days, each day worth
 * 1 / (the number of days of the period it falls in). Kept exact so that an amount is rounded once, at the end.
 */
public record Share(BigInteger numerator, BigInteger denominator) {

    public static final Share NONE = new Share(BigInteger.ZERO, BigInteger.ONE);

    public Share {
        Objects.requireNonNull(numerator, "numerator");
        if (denominator.signum() <= 0) {
            throw new IllegalArgumentException("a share's denominator is positive: " + denominator);
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (gcd.signum() > 0 && !gcd.equals(BigInteger.ONE)) {
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
    }

    public static Share of(long periods) {
        return new Share(BigInteger.valueOf(periods), BigInteger.ONE);
    }

    /** The days from {@code from} to {@code to} (excluded), each as a part of the {@code cycle} period it is in. */
    public static Share ofDays(BillingCalendar calendar, BillingCycle cycle, LocalDate from, LocalDate to) {
        Share total = NONE;
        LocalDate day = from;
        while (day.isBefore(to)) {
            Period period = calendar.periodContaining(day, cycle);
            LocalDate pieceEnd = period.end().isBefore(to) ? period.end() : to;
            total = total.plus(new Share(BigInteger.valueOf(new Period(day, pieceEnd).days()),
                    BigInteger.valueOf(period.days())));
            day = pieceEnd;
        }
        return total;
    }

    public Share plus(Share other) {
        return new Share(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    public boolean isZero() {
        return numerator.signum() == 0;
    }

    /** {@code perPeriod} times this share, rounded half-even to the currency's minor unit (cents, yen...). */
    public BigDecimal of(BigDecimal perPeriod, Currency currency) {
        return perPeriod.multiply(new BigDecimal(numerator))
                .divide(new BigDecimal(denominator), MinorUnit.digits(currency), RoundingMode.HALF_EVEN);
    }

    /** The unrounded amount, for checks that sum many amounts before rounding. */
    public BigDecimal exactly(BigDecimal perPeriod, MathContext context) {
        return perPeriod.multiply(new BigDecimal(numerator)).divide(new BigDecimal(denominator), context);
    }
}
