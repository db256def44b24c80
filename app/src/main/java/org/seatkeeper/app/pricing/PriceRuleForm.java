package org.seatkeeper.app.pricing;

import java.math.BigDecimal;
import org.seatkeeper.app.web.AmountInput;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.db.pricing.PriceBasis;

/**
 * The rule form of a pricing page: the basis ("none" removes the rule) and, for cost plus, the markup in percent.
 * Null when a field is wrong; each message is by its field.
 */
record PriceRuleForm(PriceBasis basis, BigDecimal markupPercent) {

    /** No markup above this: a typo (2000 for 20.00), not a price. */
    static final BigDecimal MAX_MARKUP = new BigDecimal("1000");
    static final String NONE = "NONE";

    /** @return the parsed rule; {@code basis} null means "no rule" */
    static PriceRuleForm parse(FormModel form) {
        String basisText = form.value("basis");
        PriceBasis basis = null;
        if (!NONE.equals(basisText)) {
            try {
                basis = PriceBasis.valueOf(basisText);
            } catch (IllegalArgumentException e) {
                form.error("basis", "Pick how the subscriptions are priced.");
                return null;
            }
        }
        BigDecimal markup = null;
        if (basis == PriceBasis.COST_PLUS) {
            String typed = form.value("markupPercent").replace("%", "").strip();
            if (typed.isEmpty()) {
                form.error("markupPercent", "Enter the markup in percent, e.g. 15 (0 sells at cost).");
                return null;
            }
            AmountInput.Parsed parsed = AmountInput.parse(typed, "markup");
            if (parsed.problem() != null) {
                form.error("markupPercent", parsed.problem());
                return null;
            }
            if (parsed.amount().compareTo(MAX_MARKUP) > 0) {
                form.error("markupPercent", "A markup is at most " + MAX_MARKUP + " %: enter 15 for 15 %.");
                return null;
            }
            markup = parsed.amount();
        }
        return new PriceRuleForm(basis, markup);
    }
}
