package org.seatkeeper.db.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

    @ParameterizedTest
    @CsvSource({
        "12345.67, '12,345.67'",
        "1234567.8, '1,234,567.80'",
        "999.999, '1,000.00'",
        "1000, '1,000.00'",
        "999.99, 999.99",
        "0.005, 0.01",
        "0.004, 0.00",
        "2.345, 2.35",
        "-1234.5, '-1,234.50'",
        "-2.345, -2.35",
        "-0.001, 0.00",
        "0, 0.00",
        "0.0000, 0.00",
        "123456789012345.6789, '123,456,789,012,345.68'"})
    void shouldGroupThousandsAndRoundToTwoDecimalsHalfUp(String amount, String shown) {
        assertThat(Money.format(new BigDecimal(amount))).isEqualTo(shown);
    }

    @Test
    void shouldShowTheCurrencyAfterTheAmount() {
        assertThat(Money.of("12345.67", "USD")).hasToString("12,345.67 USD");
        assertThat(Money.of("-1234.5", "USD")).hasToString("-1,234.50 USD");
        assertThat(Money.of("33.7000", "EUR")).hasToString("33.70 EUR");
    }

    @Test
    void shouldKeepTheDecimalsAnAmountHasUpToTheGivenNumber() {
        assertThat(Money.format(new BigDecimal("12345.5125"), 4)).isEqualTo("12,345.5125");
        assertThat(Money.format(new BigDecimal("10.5000"), 4)).isEqualTo("10.50");
        assertThat(Money.format(new BigDecimal("1250"), 4)).isEqualTo("1,250.00");
        assertThat(Money.format(new BigDecimal("0.123456"), 4)).isEqualTo("0.1235");
    }

    @Test
    void shouldUseACommaAndAPointWhateverTheServersLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(Money.of("12345.67", "EUR")).hasToString("12,345.67 EUR");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void shouldRefuseNoAmount() {
        assertThatThrownBy(() -> Money.format(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Money.format(BigDecimal.ONE, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
