package org.seatkeeper.db.mismatch;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Open findings and their money at stake per currency (amounts of different currencies are never added); the
 * acknowledged findings and their money apart, out of both.
 */
public record MismatchTotals(int openFindings, int acknowledged, Map<String, BigDecimal> moneyByCurrency,
                             Map<String, BigDecimal> acknowledgedMoneyByCurrency) {
    public MismatchTotals {
        moneyByCurrency = Map.copyOf(moneyByCurrency);
        acknowledgedMoneyByCurrency = Map.copyOf(acknowledgedMoneyByCurrency);
    }

    /** Every finding the report lists: the open ones and the acknowledged ones. */
    public int listed() {
        return openFindings + acknowledged;
    }
}
