package org.seatkeeper.billing.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.seatkeeper.db.catalog.Money;
import org.seatkeeper.db.pricing.FixedPrice;
import org.seatkeeper.db.pricing.PriceBasis;
import org.seatkeeper.db.pricing.PriceRule;
import org.seatkeeper.db.pricing.PriceRuleSet;
import org.seatkeeper.db.pricing.PriceScope;

/**
 * The customer's unit price of a subscription, from the price rules. Pure: built once from the rules read for a sync
 * chunk or a page ({@code PriceRuleRepository.findAll()} / {@code findFor(...)}), then asked per subscription.
 *
 * <p>The first of these that exists decides (a contract's wins over its provider's):
 * <ol>
 *   <li>the contract's fixed price for the product;</li>
 *   <li>the contract's rule: the product's list price, or its cost plus the markup;</li>
 *   <li>the provider's fixed price for the product;</li>
 *   <li>the provider's rule;</li>
 *   <li>no rule at all: the list price when the product has one, else its cost (sold at cost: no margin).</li>
 * </ol>
 * A rule whose basis the product lacks (the list price of a product without one, the cost of a product without one)
 * gives no price rather than another rule's: the subscription is then "missing a price" and the page says why.
 *
 * <p><b>Rounding</b>, written down once: cost plus markup is {@code cost x (100 + markup) / 100}, rounded half up to
 * the currency's minor unit (cents for EUR and USD, none for JPY). A list price and a fixed price are used as they are
 * stored (at most 4 decimals, the columns' scale): they already are prices someone set.
 */
public final class PriceRules {

    /** No rule anywhere: every product at its list price, else its cost. */
    public static final PriceRules NONE = new PriceRules(PriceRuleSet.NONE);

    private static final int MAX_WHOLE_DIGITS = 15;

    private final Map<PriceScope, PriceRule> rules = new HashMap<>();
    private final Map<PriceScope, Map<Long, FixedPrice>> fixedPrices = new HashMap<>();

    public PriceRules(PriceRuleSet set) {
        set.rules().forEach(rule -> rules.put(rule.scope(), rule));
        set.fixedPrices().forEach(fixed -> fixedPrices.computeIfAbsent(fixed.scope(), scope -> new HashMap<>())
                .put(fixed.productId(), fixed));
    }

    /** The unit price for a subscription of this contract and provider on this product; empty when none follows. */
    public Optional<Money> unitPrice(long contractId, long providerId, ProductPrices product) {
        return Optional.ofNullable(explain(contractId, providerId, product).price());
    }

    /** The unit price (null when none follows) and, for a person, where it comes from or why there is none. */
    public UnitPrice explain(long contractId, long providerId, ProductPrices product) {
        for (PriceScope scope : new PriceScope[] {PriceScope.contract(contractId), PriceScope.provider(providerId)}) {
            String whose = scope.kind() == PriceScope.Kind.CONTRACT ? "the contract's" : "the provider's";
            FixedPrice fixed = fixedPrices.getOrDefault(scope, Map.of()).get(product.productId());
            if (fixed != null) {
                return new UnitPrice(fixed.price(), whose + " fixed price for this product");
            }
            PriceRule rule = rules.get(scope);
            if (rule != null) {
                return byRule(rule, whose + " rule", product);
            }
        }
        if (product.listPrice() != null) {
            return new UnitPrice(new Money(product.listPrice(), product.currency()), "the list price (no price rule)");
        }
        if (product.unitCost() != null) {
            return new UnitPrice(new Money(product.unitCost(), product.currency()),
                    "the cost, without margin (no price rule and no list price)");
        }
        return new UnitPrice(null, "no price: the product has neither a list price nor a cost, and no price rule "
                + "fixes one");
    }

    private static UnitPrice byRule(PriceRule rule, String whose, ProductPrices product) {
        if (rule.basis() == PriceBasis.LIST_PRICE) {
            return product.listPrice() == null
                    ? new UnitPrice(null, "no price: " + whose + " is the list price, and the product has none")
                    : new UnitPrice(new Money(product.listPrice(), product.currency()), whose + ": list price");
        }
        String rate = describeMarkup(rule.markupPercent());
        if (product.unitCost() == null) {
            return new UnitPrice(null, "no price: " + whose + " is " + rate + ", and the product has no cost");
        }
        Money price = costPlus(product.unitCost(), rule.markupPercent(), product.currency());
        // the columns are DECIMAL(19, 4): a typo'd cost times a large markup must not reach them
        return price.amount().precision() - price.amount().scale() > MAX_WHOLE_DIGITS
                ? new UnitPrice(null, "no price: " + whose + " (" + rate + ") gives more than a price can be")
                : new UnitPrice(price, whose + ": " + rate);
    }

    /** Cost plus a markup in percent, rounded half up to the currency's minor unit (see the class comment). */
    public static Money costPlus(BigDecimal cost, BigDecimal markupPercent, String currency) {
        BigDecimal price = cost.multiply(BigDecimal.valueOf(100).add(markupPercent))
                .divide(BigDecimal.valueOf(100));
        return new Money(price.setScale(minorUnit(currency), RoundingMode.HALF_UP), currency);
    }

    /** "cost + 20 %", "cost + 12.5 %". */
    public static String describeMarkup(BigDecimal markupPercent) {
        return "cost + " + markupPercent.stripTrailingZeros().toPlainString() + " %";
    }

    // an unknown code (or a fund code without minor unit) gets cents; never more decimals than the columns keep
    private static int minorUnit(String currency) {
        try {
            int digits = Currency.getInstance(currency).getDefaultFractionDigits();
            return digits < 0 ? 2 : Math.min(digits, 4);
        } catch (IllegalArgumentException e) {
            return 2;
        }
    }

    /** A unit price ({@code price} null when none follows) and, for a person, where it comes from. */
    public record UnitPrice(Money price, String basis) {
    }
}
