package org.seatkeeper.app.pricing;

import java.util.List;
import java.util.Map;

/**
 * A provider's or contract's pricing page: its rule, its fixed prices, the products it may fix prices for, and (for a
 * contract) the provider rules its subscriptions follow while it has none; {@code conflict} says why what was typed
 * was not saved (someone changed the rules first), or is empty.
 */
public record PriceRulesPage(String title, String active, String scopeHref, String action, String rule, String ruleVersion,
                             List<Map<String, String>> bases, List<FixedRow> fixedPrices,
                             List<Map<String, String>> products, List<String> inherited, String conflict) {

    public record FixedRow(long id, int version, String product, String price, String updated) {
    }
}
