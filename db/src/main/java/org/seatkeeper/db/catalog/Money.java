package org.seatkeeper.db.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
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
        // rounded as a BigDecimal first: DecimalFormat would show -0.001 as "-0.00", BigDecimal has no negative zero
        BigDecimal rounded = amount.setScale(Math.min(maxDecimals, Math.max(2, amount.scale())), RoundingMode.HALF_UP);
        // DecimalFormat is not thread-safe, so one per call; ROOT symbols are the comma and point on any server
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setMaximumFractionDigits(maxDecimals);
        return format.format(rounded);
    }
}
