package org.seatkeeper.app.pricing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.seatkeeper.billing.pricing.PriceRules;
import org.seatkeeper.billing.pricing.SubscriptionPricing;
import org.seatkeeper.db.OptimisticLockException;
import org.seatkeeper.db.Transactions;
import org.seatkeeper.db.audit.AuditAction;
import org.seatkeeper.db.audit.AuditEntity;
import org.seatkeeper.db.audit.AuditLog;
import org.seatkeeper.db.audit.AuditState;
import org.seatkeeper.db.catalog.Money;
import org.seatkeeper.db.pricing.FixedPrice;
import org.seatkeeper.db.pricing.PriceBasis;
import org.seatkeeper.db.pricing.PriceRule;
import org.seatkeeper.db.pricing.PriceRuleRepository;
import org.seatkeeper.db.pricing.PriceScope;

/**
 * A person's edits of a provider's or contract's price rules, each in one transaction with its audit entry (before and
 * after) and the re-pricing it implies: the scope's rule-priced subscriptions get their new price from today, each with
 * a PRICE_CHANGE event. Every method returns how many subscriptions changed price.
 */
final class PriceRuleEdits {

    private final PriceRuleRepository rules;
    private final SubscriptionPricing pricing;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    PriceRuleEdits(PriceRuleRepository rules, SubscriptionPricing pricing, AuditLog audit, Transactions transactions,
                   Clock clock) {
        this.rules = rules;
        this.pricing = pricing;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Sets, changes or (basis null) removes the scope's rule.
     *
     * @param seenVersion the rule's version the page showed, empty when it showed none
     * @throws OptimisticLockException when someone changed the rule since
     */
    int saveRule(PricedScope s, PriceRuleForm f, Optional<Integer> seenVersion, String username) {
        return transactions.inTransaction(() -> {
            Optional<PriceRule> current = rules.findRule(s.scope());
            if (current.map(PriceRule::version).isPresent() != seenVersion.isPresent()
                    || current.filter(r -> r.version() != seenVersion.get()).isPresent()) {
                throw new OptimisticLockException("The price rule of the " + s.label());
            }
            if (f.basis() == null) {
                current.ifPresent(r -> rules.deleteRule(r.id(), r.version()));
            } else if (current.isPresent()) {
                rules.updateRule(current.get().id(), f.basis(), f.markupPercent(), username, current.get().version());
            } else {
                rules.insertRule(s.scope(), f.basis(), f.markupPercent(), username);
            }
            String before = current.map(r -> describe(r.basis(), r.markupPercent())).orElse(DEFAULT);
            String after = f.basis() == null ? DEFAULT : describe(f.basis(), f.markupPercent());
            return repriceAndAudit(s, username, AuditAction.PRICE_RULE, "Price rule of the " + s.label() + ": " + before
                    + " → " + after, state("rule", current.map(r -> describe(r.basis(), r.markupPercent()))
                    .orElse(null)), state("rule", f.basis() == null ? null : after));
        });
    }

    /** Fixes a product's price for the scope, or changes the fixed price it has. */
    int setFixedPrice(PricedScope s, FixedPriceForm f, String username) {
        return transactions.inTransaction(() -> {
            Optional<FixedPrice> current = rules.findFixedPrice(s.scope(), f.product().id());
            current.ifPresentOrElse(
                    fixed -> rules.updateFixedPrice(fixed.id(), f.price(), username, fixed.version()),
                    () -> rules.insertFixedPrice(s.scope(), f.product().id(), f.price(), username));
            return repriceAndAudit(s, username, AuditAction.FIXED_PRICE, "Fixed price of " + f.product().name() + " for the "
                    + s.label() + ": " + current.map(x -> x.price().toString()).orElse("none") + " → " + f.price(),
                    state(f.product().name(), current.map(x -> x.price().amount()).orElse(null)),
                    state(f.product().name(), f.price().amount()));
        });
    }

    /** Removes a fixed price; the product's subscriptions follow the scope's rule again. */
    int removeFixedPrice(PricedScope s, long fixedPriceId, int seenVersion, String productName, String username) {
        return transactions.inTransaction(() -> {
            FixedPrice fixed = rules.findFixedPrice(fixedPriceId).filter(x -> x.scope().equals(s.scope()))
                    .orElseThrow(() -> new OptimisticLockException("This fixed price"));
            rules.deleteFixedPrice(fixed.id(), seenVersion);
            return repriceAndAudit(s, username, AuditAction.FIXED_PRICE, "Removed the fixed price of " + productName
                    + " for the " + s.label() + " (" + fixed.price() + ")", state(productName, fixed.price().amount()),
                    state(productName, null));
        });
    }

    /** Re-prices the scope's rule-priced subscriptions as the rules stand (e.g. after a sync brought new costs). */
    int applyRules(PricedScope s, String username) {
        return transactions.inTransaction(() -> repriceAndAudit(s, username, AuditAction.REPRICE,
                "Applied the price rules of the " + s.label(), null, null));
    }

    private int repriceAndAudit(PricedScope s, String username, AuditAction action, String summary,
                                AuditState before, AuditState after) {
        int repriced = pricing.reprice(s.scope(), LocalDate.now(clock), username);
        audit.record(username, action, entityType(s.scope()), s.scope().id(), summary + "; " + repriced
                + (repriced == 1 ? " subscription" : " subscriptions") + " re-priced", before, after);
        return repriced;
    }

    static final String DEFAULT = "no rule (the list price, else the cost)";

    static String describe(PriceBasis basis, BigDecimal markup) {
        return basis == PriceBasis.LIST_PRICE ? "the list price" : PriceRules.describeMarkup(markup);
    }

    private static AuditEntity entityType(PriceScope scope) {
        return scope.kind() == PriceScope.Kind.PROVIDER ? AuditEntity.PROVIDER : AuditEntity.BILLING_CONTRACT;
    }

    private static AuditState state(String key, Object value) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put(key, value instanceof BigDecimal amount ? Money.format(amount, 4) : value);
        return AuditState.of(state);
    }
}
