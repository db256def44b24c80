package org.seatkeeper.billing.pricing;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.seatkeeper.db.catalog.Money;
import org.seatkeeper.db.catalog.Product;
import org.seatkeeper.db.pricing.PriceRuleRepository;
import org.seatkeeper.db.pricing.PriceScope;
import org.seatkeeper.db.pricing.RuleDrivenSubscription;
import org.seatkeeper.db.pricing.SubscriptionPrices;
import org.seatkeeper.db.subscriptions.ChangeSource;
import org.seatkeeper.db.subscriptions.LicenseChangeRepository;
import org.seatkeeper.db.subscriptions.LicenseChangeType;
import org.seatkeeper.db.subscriptions.NewLicenseChange;
import org.seatkeeper.db.subscriptions.NewSubscription;

/**
 * Keeps the customer's unit price stored on subscriptions what the {@link PriceRules} say: the price a new
 * subscription starts with, and the re-pricing after a person changes a rule or a product's list price or cost. A
 * re-priced subscription gets a PRICE_CHANGE event (quantity change 0) with its new price, so billing knows from when.
 * A price a person set on the subscription is never touched. Runs in the caller's transaction.
 */
public final class SubscriptionPricing {

    private final PriceRuleRepository rules;
    private final SubscriptionPrices prices;
    private final LicenseChangeRepository changes;

    public SubscriptionPricing(PriceRuleRepository rules, SubscriptionPrices prices, LicenseChangeRepository changes) {
        this.rules = rules;
        this.prices = prices;
        this.changes = changes;
    }

    /** The rules' price for a new subscription of this contract and provider on this product. */
    public PriceRules.UnitPrice priceFor(long contractId, long providerId, Product product) {
        return rulesFor(contractId, providerId).explain(contractId, providerId, ProductPrices.of(product));
    }

    /**
     * A new subscription priced by the rules for its product, unless it already carries a price a person typed; a
     * subscription without a product stays without a price.
     */
    public NewSubscription priced(NewSubscription s, Product product) {
        if (s.priceSetByPerson() || product == null) {
            return s;
        }
        Money price = priceFor(s.contractId(), s.providerId(), product).price();
        return new NewSubscription(s.contractId(), s.providerId(), s.productId(), s.providerAccountId(),
                s.externalId(), s.name(), s.quantity(), s.status(), s.terms(),
                price == null ? null : price.amount(), price == null ? s.currency() : price.currency(), false);
    }

    /** The rules as they stand for one contract and provider (what a page shows next to a subscription). */
    public PriceRules rulesFor(long contractId, long providerId) {
        return new PriceRules(rules.findFor(List.of(providerId), List.of(contractId)));
    }

    /**
     * Re-prices the live, rule-priced subscriptions a provider's or contract's rules cover, from {@code from}.
     *
     * @return how many changed price
     */
    public int reprice(PriceScope scope, LocalDate from, String username) {
        return reprice(prices.findRuleDriven(scope), from, username, "the price rules of the " + scope + " changed");
    }

    /** Re-prices the live, rule-priced subscriptions of a product whose list price or cost changed. */
    public int repriceProduct(long productId, LocalDate from, String username) {
        return reprice(prices.findRuleDrivenOfProduct(productId), from, username,
                "product #" + productId + "'s list price or cost changed");
    }

    private int reprice(List<RuleDrivenSubscription> targets, LocalDate from, String username, String why) {
        PriceRules all = new PriceRules(rules.findAll());
        int changed = 0;
        for (RuleDrivenSubscription s : targets) {
            PriceRules.UnitPrice price = all.explain(s.contractId(), s.providerId(), new ProductPrices(s.productId(),
                    s.productCurrency(), s.listPrice(), s.unitCost()));
            if (Objects.equals(price.price(), s.unitPrice())) {
                continue;
            }
            prices.updateRulePrice(s.id(), price.price(), s.version());
            changes.insert(new NewLicenseChange(s.id(), LicenseChangeType.PRICE_CHANGE, 0, s.quantity(), from,
                    ChangeSource.USER, username, false, null, note(s.unitPrice(), price, why), price.price()));
            changed++;
        }
        return changed;
    }

    private static String note(Money before, PriceRules.UnitPrice after, String why) {
        String text = "Unit price " + (before == null ? "none" : before) + " → "
                + (after.price() == null ? "none" : after.price()) + " (" + after.basis() + "): " + why;
        return text.length() <= 500 ? text : text.substring(0, 499) + "…";
    }
}
