package org.seatkeeper.app.pricing;

import jakarta.servlet.http.HttpServlet;
import org.seatkeeper.app.context.AppContext;
import org.seatkeeper.billing.pricing.SubscriptionPricing;
import org.seatkeeper.db.contracts.BillingContractRepository;
import org.seatkeeper.db.pricing.PriceRuleRepository;
import org.seatkeeper.db.pricing.PriceScope;
import org.seatkeeper.db.pricing.SubscriptionPrices;
import org.seatkeeper.db.providers.ProviderRepository;
import org.seatkeeper.db.subscriptions.LicenseChangeRepository;

/**
 * Price rules: the pricing pages of providers and contracts (mounted by their features under their own paths) and the
 * one-line summary their pages show.
 */
public final class PricingWiring {

    private final AppContext app;
    private final PriceRuleRepository rules;
    private final SubscriptionPrices prices;
    private final PriceRuleEdits edits;
    private final ProviderRepository providers;

    public PricingWiring(AppContext app) {
        this.app = app;
        var dsl = app.database().dsl();
        this.rules = new PriceRuleRepository(dsl, app.clock());
        this.prices = new SubscriptionPrices(dsl);
        this.providers = new ProviderRepository(dsl);
        this.edits = new PriceRuleEdits(rules, new SubscriptionPricing(rules, prices,
                new LicenseChangeRepository(dsl, app.clock())), app.audit(), app.database().transactions(),
                app.clock());
    }

    /** GET and POST /providers/{id}/pricing. */
    public HttpServlet providerPricing() {
        return new PriceRulesServlet(app.pages(), id -> providers.find(id).map(p -> new PricedScope(
                PriceScope.provider(p.id()), p.name(), p.currency(), "/providers/" + p.id())), this::providerName,
                rules, prices, edits);
    }

    /** GET and POST /contracts/{id}/pricing. */
    public HttpServlet contractPricing() {
        BillingContractRepository contracts = new BillingContractRepository(app.database().dsl(), app.clock());
        return new PriceRulesServlet(app.pages(), id -> contracts.findById(id).map(c -> new PricedScope(
                PriceScope.contract(c.id()), c.name(), c.currency().strip(), "/contracts/" + c.id())),
                this::providerName, rules, prices, edits);
    }

    /** "Cost + 15 %, 2 fixed prices": what a provider's or contract's page says of its pricing. */
    public String summary(PriceScope scope) {
        String rule = rules.findRule(scope).map(r -> PriceRuleEdits.describe(r.basis(), r.markupPercent()))
                .orElse(PriceRuleEdits.DEFAULT);
        int fixed = rules.findFixedPriceLines(scope).size();
        return rule + (fixed == 0 ? "" : fixed == 1 ? "; 1 fixed price" : "; " + fixed + " fixed prices");
    }

    private String providerName(long providerId) {
        return providers.find(providerId).map(p -> p.name()).orElse("provider #" + providerId);
    }
}
