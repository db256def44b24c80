package org.seatkeeper.db.mismatch;

import java.math.BigDecimal;
import java.util.Map;

/** Open findings and money at stake per currency (amounts of different currencies are never added). */
public record MismatchTotals(int openFindings, int acknowledged, Map<String, BigDecimal> moneyByCurrency) {
    public MismatchTotals {
        moneyByCurrency = Map.copyOf(moneyByCurrency);
    }
}
