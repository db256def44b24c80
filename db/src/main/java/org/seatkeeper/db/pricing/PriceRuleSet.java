package org.seatkeeper.db.pricing;

import java.util.List;

/** Price rules and fixed prices as read together, for the rules' evaluation (batch/licenses/PriceRules). */
public record PriceRuleSet(List<PriceRule> rules, List<FixedPrice> fixedPrices) {

    public static final PriceRuleSet NONE = new PriceRuleSet(List.of(), List.of());

    public PriceRuleSet {
        rules = List.copyOf(rules);
        fixedPrices = List.copyOf(fixedPrices);
    }
}
