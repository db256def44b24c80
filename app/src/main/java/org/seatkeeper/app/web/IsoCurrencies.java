package org.seatkeeper.app.web;

import java.util.Currency;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The currency codes a price, a contract or a provider may carry: ISO 4217 as the JDK knows it, without its "no
 * currency" and test codes.
 */
public final class IsoCurrencies {

    private static final Set<String> CODES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).filter(code -> !code.equals("XXX") && !code.equals("XTS"))
            .collect(Collectors.toUnmodifiableSet());

    private IsoCurrencies() {
    }

    public static boolean isKnown(String code) {
        return CODES.contains(code);
    }
}
