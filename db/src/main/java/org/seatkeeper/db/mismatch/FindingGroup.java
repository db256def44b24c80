package org.seatkeeper.db.mismatch;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Findings of one check for one customer (customer null: not mapped to any): the open ones with their money per
 * currency, and apart how many are acknowledged.
 */
public record FindingGroup(CheckKind check, Long customerId, String customerName, int findings, int acknowledged,
                           Map<String, BigDecimal> moneyByCurrency) {
    public FindingGroup {
        moneyByCurrency = Map.copyOf(moneyByCurrency);
    }
}
