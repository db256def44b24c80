package org.seatkeeper.batch.billingrun;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The audit log's after-state of an invoice: small JSON, so the audit page shows it as it is. */
final class InvoiceAudit {

    // thread-safe once configured; never reconfigured
    private static final ObjectMapper JSON = new ObjectMapper();

    private InvoiceAudit() {
    }

    static String state(String number, String kind, String period, Map<String, BigDecimal> totals, int lines,
                        List<Long> events) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("number", number);
        state.put("kind", kind);
        state.put("period", period);
        Map<String, String> shownTotals = new LinkedHashMap<>();
        totals.forEach((currency, amount) -> shownTotals.put(currency, amount.toPlainString()));
        state.put("totals", shownTotals);
        state.put("lines", lines);
        state.put("events", events);
        try {
            return JSON.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write audit state", e);
        }
    }
}
