package org.seatkeeper.app.mismatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AmountsTest {

    @Test
    void shouldShowAnAmountWithThousandsSeparatedAndItsCurrency() {
        assertThat(Amounts.money(new BigDecimal("12345.6700"), "EUR")).isEqualTo("12,345.67 EUR");
        assertThat(Amounts.money(new BigDecimal("-1234.5"), "USD")).isEqualTo("-1,234.50 USD");
        assertThat(Amounts.money(new BigDecimal("1234.565"), null)).isEqualTo("1,234.57");
    }

    @Test
    void shouldShowNothingForNoAmountAndNoneForNoCurrency() {
        assertThat(Amounts.money(null, "EUR")).isEmpty();
        assertThat(Amounts.money(Map.of())).isEqualTo("none");
    }

    @Test
    void shouldListEachCurrencysTotalWithoutAddingThem() {
        Map<String, BigDecimal> byCurrency = new LinkedHashMap<>();
        byCurrency.put("EUR", new BigDecimal("1500"));
        byCurrency.put("USD", new BigDecimal("20.5"));

        assertThat(Amounts.money(byCurrency)).isEqualTo("1,500.00 EUR + 20.50 USD");
    }
}
