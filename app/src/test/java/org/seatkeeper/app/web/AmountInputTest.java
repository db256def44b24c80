package org.seatkeeper.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountInputTest {

    @ParameterizedTest
    @CsvSource({"1250, 1250", "1250.5, 1250.5", "1250.0000, 1250.0000", "'1,250.00', 1250.00", "'1,250,000', 1250000",
            "0.0001, 0.0001", "12.500000, 12.5000", "' 7 ', 7", "999999999999999.9999, 999999999999999.9999"})
    void shouldReadPlainAndUnambiguouslyGroupedAmounts(String typed, String expected) {
        AmountInput.Parsed parsed = AmountInput.parse(typed, "unit price");

        assertThat(parsed.problem()).isNull();
        assertThat(parsed.amount().toPlainString()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1,250|point for decimals", "12,50|point for decimals", "1,25|point for decimals",
            "1e3|without an exponent", "1E-2|without an exponent", "-5|cannot be negative",
            "1000000000000000|too large", "12345678901234567890.5|too large", "1.23456|at most 4 decimals",
            "twelve|as a number", "1.2.3|as a number", "12,50.00|point for decimals"})
    void shouldRefuseWithAMessageSayingWhatToType(String typed, String message) {
        AmountInput.Parsed parsed = AmountInput.parse(typed, "unit price");

        assertThat(parsed.amount()).isNull();
        assertThat(parsed.problem()).contains(message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void shouldReadAnEmptyFieldAsNoAmount(String typed) {
        AmountInput.Parsed parsed = AmountInput.parse(typed, "unit price");

        assertThat(parsed.amount()).isNull();
        assertThat(parsed.problem()).isNull();
    }
}
