package org.seatkeeper.db.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** An amount in one currency (ISO 4217 code). Amounts of different currencies are never added. */
public record Money(BigDecimal amount, String currency) {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (currency.length() != 3) {
            throw new IllegalArgumentException("currency must be a 3-letter ISO code: " + currency);
        }
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    public Money times(int quantity) {
        return new Money(amount.multiply(BigDecimal.valueOf(quantity)), currency);
    }

    public Money minus(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot subtract " + other.currency + " from " + currency);
        }
        return new Money(amount.subtract(other.amount), currency);
    }

    /** 33.7 EUR equals 33.7000 EUR: the database's scale is not part of the value. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Money money && amount.compareTo(money.amount) == 0 && currency.equals(money.currency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount.stripTrailingZeros(), currency);
    }

    /** "12,345.67 USD", as pages and mails show it. CSV, form values and stored JSON keep the plain number. */
    @Override
    public String toString() {
        return format(amount) + " " + currency;
    }

    /**
     * An amount as people read it, "12,345.67" or "-1,234.50": two decimals rounded half up, a comma between thousands
     * and a point for decimals, whatever the server's locale. The one display format for money in pages and mails.
     */
    public static String format(BigDecimal amount) {
        return format(amount, 2);
    }

    /** As {@link #format(BigDecimal)}, but keeps up to {@code maxDecimals} decimals where the amount has them. */
    public static String format(BigDecimal amount, int maxDecimals) {
        Objects.requireNonNull(amount, "amount");
        if (maxDecimals < 2) {
            throw new IllegalArgumentException("money shows at least two decimals: " + maxDecimals);
        }
        // rounded as a BigDecimal, trailing zeros past the second decimal dropped; BigDecimal has no negative zero
        BigDecimal rounded = amount.setScale(Math.min(maxDecimals, Math.max(2, amount.scale())), RoundingMode.HALF_UP)
                .stripTrailingZeros();
        if (rounded.scale() < 2) {
            rounded = rounded.setScale(2, RoundingMode.UNNECESSARY);
        }
        // commas put in by hand: a DecimalFormat per call cost a contract page of 500 rows 10 ms, and one shared
        // instance is not thread-safe; the digits are BigDecimal's own, whatever the server's locale
        String digits = rounded.abs().toPlainString();
        int point = digits.indexOf('.');
        StringBuilder shown = new StringBuilder(digits.length() + digits.length() / 3 + 1);
        if (rounded.signum() < 0) {
            shown.append('-');
        }
        for (int i = 0; i < point; i++) {
            if (i > 0 && (point - i) % 3 == 0) {
                shown.append(',');
            }
            shown.append(digits.charAt(i));
        }
        return shown.append(digits, point, digits.length()).toString();
    }
}
