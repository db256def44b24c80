package org.seatkeeper.db.mismatch;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** One night's reconciliation, for the dashboard chart and the morning report. */
public record MismatchNight(LocalDate businessDate, long runId, int openFindings, int newFindings,
                            int resolvedFindings, Map<String, BigDecimal> moneyByCurrency) {
    public MismatchNight {
        moneyByCurrency = Map.copyOf(moneyByCurrency);
    }
}
