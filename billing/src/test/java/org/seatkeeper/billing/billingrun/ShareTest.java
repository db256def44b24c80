package org.seatkeeper.billing.billingrun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seatkeeper.billing.billingrun.BillingFixtures.FIRST_OF_MONTH;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.seatkeeper.db.catalog.BillingCycle;

class ShareTest {

    @ParameterizedTest(name = "{3} x days {0} to {1} ({2}) = {4} {5}")
    @CsvSource({
            // 22 of January's 31 days of 30.00
            "2027-01-10, 2027-02-01, MONTHLY, 30.00,  21.29, USD",
            // 10 days of January and the whole of February: 10/31 + 1
            "2027-01-22, 2027-03-01, MONTHLY, 31.00,  41.00, USD",
            // half-even: 0.125 -> 0.12, 0.135 -> 0.14
            "2027-02-01, 2027-03-01, MONTHLY, 0.125,  0.12,  USD",
            "2027-02-01, 2027-03-01, MONTHLY, 0.135,  0.14,  USD",
            // yen have no minor unit: 1000 x 15/28 = 535.71 -> 536
            "2027-02-14, 2027-03-01, MONTHLY, 1000,   536,   JPY",
            // 3 decimals for the Bahraini dinar
            "2027-02-14, 2027-03-01, MONTHLY, 1.000,  0.536, BHD",
            // a year of 365 days: 73 days of 365.00 -> 73.00
            "2026-10-20, 2027-01-01, ANNUAL,  365.00, 73.00, USD",
            // nothing
            "2027-01-10, 2027-01-10, MONTHLY, 30.00,  0.00,  USD"})
    void shouldProrateByDaysOfEachPeriodAndRoundHalfEvenToTheMinorUnit(String from, String to, BillingCycle cycle,
                                                                        String perPeriod, String expected,
                                                                        String currency) {
        Share share = Share.ofDays(FIRST_OF_MONTH, cycle, LocalDate.parse(from), LocalDate.parse(to));

        assertThat(share.of(new BigDecimal(perPeriod), Currency.getInstance(currency)))
                .isEqualByComparingTo(expected)
                .hasScaleOf(MinorUnit.digits(Currency.getInstance(currency)));
    }
}
