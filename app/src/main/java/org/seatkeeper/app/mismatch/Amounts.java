package org.seatkeeper.app.mismatch;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;
import org.seatkeeper.db.catalog.Money;

/**
 * Money and numbers as pages and mails show them (the CSV shows quantities this way too, but keeps its amounts plain
 * so spreadsheets read them). Amounts of different currencies are listed, never added.
 */
public final class Amounts {

    private Amounts() {
    }

    public static String money(BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        return Money.format(amount) + (currency == null ? "" : " " + currency);
    }

    public static String money(Map<String, BigDecimal> byCurrency) {
        if (byCurrency.isEmpty()) {
            return "none"; // no amount in any currency: "0.00" alone would not say which
        }
        return byCurrency.entrySet().stream().map(e -> money(e.getValue(), e.getKey()))
                .collect(Collectors.joining(" + "));
    }

    public static String number(Integer value) {
        return value == null ? "" : value.toString();
    }
}
