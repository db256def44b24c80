package org.seatkeeper.app.catalog;

import java.util.Currency;
import java.util.Set;
import java.util.stream.Collectors;

/** The currency codes a price may carry: ISO 4217 as the JDK knows it, without its "no currency" and test codes. */
final class IsoCurrencies {

    private static final Set<String> CODES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).filter(code -> !code.equals("XXX") && !code.equals("XTS"))
            .collect(Collectors.toUnmodifiableSet());

    private IsoCurrencies() {
    }

    static boolean isKnown(String code) {
        return CODES.contains(code);
    }
}
