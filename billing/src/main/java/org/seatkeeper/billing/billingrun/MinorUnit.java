package org.seatkeeper.billing.billingrun;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/** The rounding of every invoice line: half-even (banker's rounding) to the currency's minor unit. */
public final class MinorUnit {

    private MinorUnit() {
    }

    /** 2 for EUR and USD, 0 for JPY, 3 for BHD; 2 for a code without a minor unit (XAU...). */
    public static int digits(Currency currency) {
        int digits = currency.getDefaultFractionDigits();
        return digits < 0 ? 2 : digits;
    }

    public static BigDecimal round(BigDecimal amount, Currency currency) {
        return amount.setScale(digits(currency), RoundingMode.HALF_EVEN);
    }
}
