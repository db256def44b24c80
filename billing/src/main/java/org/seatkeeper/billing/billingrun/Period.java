package org.seatkeeper.billing.billingrun;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** Days from {@code start} (included) to {@code end} (excluded): a billing period, or a part of one. */
public record Period(LocalDate start, LocalDate end) {

    public Period {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("a period ends after it starts: " + start + " to " + end);
        }
    }

    public long days() {
        return ChronoUnit.DAYS.between(start, end);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && day.isBefore(end);
    }

    /** The last day of the period, as people read a period ("1 Jan to 31 Jan"). */
    public LocalDate lastDay() {
        return end.minusDays(1);
    }

    @Override
    public String toString() {
        return start + " to " + lastDay();
    }
}
