package org.seatkeeper.app.catalog;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.seatkeeper.app.web.AmountInput;
import org.seatkeeper.db.audit.AuditState;
import org.seatkeeper.db.catalog.Money;
import org.seatkeeper.db.catalog.ProductKey;

/** A product's audited state (the before/after of an audit entry) and its amounts as the summary shows them. */
final class ProductStates {

    private ProductStates() {
    }

    /** The whole line, for an added product. */
    static AuditState of(ProductKey key, String name, BigDecimal price, BigDecimal cost) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("offerId", key.offerId());
        state.put("name", name);
        state.put("term", key.term().name());
        state.put("billingCycle", key.billingCycle().name());
        state.putAll(pricesMap(key.currency(), price, cost));
        return AuditState.of(state);
    }

    /**
     * One side of an edit, holding only what it changed: the name (null when it stayed), and price and cost with their
     * currency when either changed. Saved with amounts alone, it is the state price edits always recorded.
     */
    static AuditState edited(String name, boolean amounts, String currency, BigDecimal price, BigDecimal cost) {
        Map<String, Object> state = new LinkedHashMap<>();
        if (name != null) {
            state.put("name", name);
        }
        if (amounts) {
            state.putAll(pricesMap(currency, price, cost));
        }
        return AuditState.of(state);
    }

    /**
     * "1,250.50 EUR" for the summary, or "none" for an amount nobody entered. Unlike the stored state it groups
     * thousands; like it, it keeps every decimal the column holds, so a change in the third decimal still shows.
     */
    static String money(BigDecimal amount, String currency) {
        return amount == null ? "none" : Money.format(amount, AmountInput.MAX_DECIMALS) + " " + currency;
    }

    private static Map<String, Object> pricesMap(String currency, BigDecimal price, BigDecimal cost) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("currency", currency);
        state.put("listPrice", amount(price));
        state.put("unitCost", amount(cost));
        return state;
    }

    // the database keeps four decimals: 10.5000 and a typed 10.5 are both "10.50", so before and after compare
    private static String amount(BigDecimal value) {
        if (value == null) {
            return null;
        }
        return value.setScale(Math.max(2, value.stripTrailingZeros().scale())).toPlainString();
    }

}
