package org.seatkeeper.billing.billingrun;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.seatkeeper.db.audit.AuditState;

/** The audit log's state of an invoice: small JSON, so the audit page shows it as it is. */
final class InvoiceAudit {

    private InvoiceAudit() {
    }

    static AuditState state(String number, String kind, String period, Map<String, BigDecimal> totals, int lines,
                            List<Long> events) {
        Map<String, String> shownTotals = new LinkedHashMap<>();
        totals.forEach((currency, amount) -> shownTotals.put(currency, amount.toPlainString()));
        return AuditState.of("number", number, "kind", kind, "period", period, "totals", shownTotals, "lines", lines,
                "events", events);
    }

    /** A credit note's state: what it voids and why. */
    static AuditState voiding(String number, String period, Map<String, BigDecimal> totals, int lines, String voids,
                              String reason) {
        Map<String, String> shownTotals = new LinkedHashMap<>();
        totals.forEach((currency, amount) -> shownTotals.put(currency, amount.toPlainString()));
        return AuditState.of("number", number, "kind", "CREDIT_NOTE", "period", period, "totals", shownTotals,
                "lines", lines, "voids", voids, "reason", reason);
    }
}
