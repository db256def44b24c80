package org.seatkeeper.db.mismatch;

import java.math.BigDecimal;
import java.util.Map;

/** Open findings of one check for one customer (customer null: not mapped to any), with money per currency. */
public record FindingGroup(CheckKind check, Long customerId, String customerName, int findings,
                           Map<String, BigDecimal> moneyByCurrency) {
    public FindingGroup {
        moneyByCurrency = Map.copyOf(moneyByCurrency);
    }
}
