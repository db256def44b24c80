package org.seatkeeper.app.pricing;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import org.seatkeeper.app.web.Flash;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.app.web.HttpProblem;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.SessionUser;
import org.seatkeeper.db.OptimisticLockException;
import org.seatkeeper.db.pricing.FixedPriceLine;
import org.seatkeeper.db.pricing.PriceRule;
import org.seatkeeper.db.pricing.PriceRuleRepository;
import org.seatkeeper.db.pricing.PriceScope;
import org.seatkeeper.db.pricing.ScopeProduct;
import org.seatkeeper.db.pricing.SubscriptionPrices;

/**
 * /providers/{id}/pricing and /contracts/{id}/pricing: the scope's price rule and fixed prices. A POST's {@code action}
 * says which of the page's forms was sent: {@code rule}, {@code fixed} (set a product's price), {@code remove} (a fixed
 * price) or {@code apply} (re-price now). A refused form comes back with what was typed and a message by its field.
 */
final class PriceRulesServlet extends PageServlet {

    static final String TEMPLATE = "pricing/rules.ftlh";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final LongFunction<Optional<PricedScope>> scopes;
    private final LongFunction<String> providerNames;
    private final PriceRuleRepository rules;
    private final SubscriptionPrices prices;
    private final PriceRuleEdits edits;

    PriceRulesServlet(PageSupport pages, LongFunction<Optional<PricedScope>> scopes, LongFunction<String> providerNames,
                      PriceRuleRepository rules, SubscriptionPrices prices, PriceRuleEdits edits) {
        super(pages);
        this.scopes = scopes;
        this.providerNames = providerNames;
        this.rules = rules;
        this.prices = prices;
        this.edits = edits;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PricedScope s = scope(request);
        render(request, response, TEMPLATE, model(s, ruleForm(s, FormModel.empty()), ""));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SessionUser user = requireWriter(request);
        PricedScope s = scope(request);
        FormModel form = FormModel.of(request);
        String action = form.value("action");
        try {
            int repriced;
            String done;
            switch (action) {
                case "rule" -> {
                    PriceRuleForm f = PriceRuleForm.parse(form);
                    if (f == null) {
                        renderInvalid(request, response, TEMPLATE, model(s, form, ""));
                        return;
                    }
                    repriced = edits.saveRule(s, f, seenVersion(form), user.username());
                    done = "Price rule saved.";
                }
                case "fixed" -> {
                    FixedPriceForm f = FixedPriceForm.parse(form, prices.productsOf(s.scope()));
                    if (f == null) {
                        renderInvalid(request, response, TEMPLATE, model(s, ruleForm(s, form), ""));
                        return;
                    }
                    repriced = edits.setFixedPrice(s, f, user.username());
                    done = "Fixed price of " + f.product().name() + " saved.";
                }
                case "remove" -> {
                    FixedPriceLine line = fixedLine(s, form);
                    repriced = edits.removeFixedPrice(s, line.fixedPrice().id(), form.version(),
                            line.productName(), user.username());
                    done = "Fixed price of " + line.productName() + " removed.";
                }
                case "apply" -> {
                    repriced = edits.applyRules(s, user.username());
                    done = "Price rules applied.";
                }
                default -> throw HttpProblem.badRequest("Pick what to change.");
            }
            redirect(request, response, s.pricingHref(), Flash.success(done + " " + repriced(repriced)));
        } catch (OptimisticLockException e) {
            // the rules as they are now, with what was typed kept: saving again is a deliberate choice
            pages.render(request, response, 409, TEMPLATE, model(s, ruleForm(s, form), e.getMessage()));
        }
    }

    private static String repriced(int count) {
        return count == 0 ? "No subscription's price changed." : count + (count == 1 ? " subscription has"
                : " subscriptions have") + " a new price from today (a price change in each log).";
    }

    private FixedPriceLine fixedLine(PricedScope s, FormModel form) {
        try {
            long id = Long.parseLong(form.value("fixedPrice"));
            return rules.findFixedPriceLines(s.scope()).stream().filter(l -> l.fixedPrice().id() == id).findFirst()
                    .orElseThrow(() -> new OptimisticLockException("This fixed price"));
        } catch (NumberFormatException e) {
            throw HttpProblem.badRequest("The form is incomplete. Reload the page and try again.");
        }
    }

    private static Optional<Integer> seenVersion(FormModel form) {
        String v = form.value("ruleVersion");
        if (v.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(v));
        } catch (NumberFormatException e) {
            throw HttpProblem.badRequest("The form is incomplete. Reload the page and try again.");
        }
    }

    private PricedScope scope(HttpServletRequest request) {
        return scopes.apply(idFromPath(request, 1)).orElseThrow(() -> HttpProblem.notFound("That page"));
    }

    /** The rule form as stored, unless the person typed something (then theirs is kept). */
    private FormModel ruleForm(PricedScope s, FormModel form) {
        if (!form.getValues().containsKey("basis")) {
            Optional<PriceRule> rule = rules.findRule(s.scope());
            form.with("basis", rule.map(r -> r.basis().name()).orElse(PriceRuleForm.NONE));
            rule.filter(r -> r.markupPercent() != null).ifPresent(r -> form.with("markupPercent",
                    r.markupPercent().stripTrailingZeros().toPlainString()));
        }
        return form;
    }

    private Map<String, Object> model(PricedScope s, FormModel form, String conflict) {
        Optional<PriceRule> rule = rules.findRule(s.scope());
        // the version shown now: after a conflict the page shows the rule as it is and may be saved again
        String version = rule.map(r -> String.valueOf(r.version())).orElse("");
        List<PriceRulesPage.FixedRow> fixed = rules.findFixedPriceLines(s.scope()).stream()
                .map(l -> new PriceRulesPage.FixedRow(l.fixedPrice().id(), l.fixedPrice().version(),
                        l.productName() + " · " + l.term() + " · " + l.billingCycle().toLowerCase(),
                        l.fixedPrice().price().toString(), l.fixedPrice().updatedBy() + ", "
                        + WHEN.format(l.fixedPrice().updatedAt())))
                .toList();
        List<Map<String, String>> products = prices.productsOf(s.scope()).stream()
                .map(p -> Map.of("value", String.valueOf(p.id()), "label", label(p))).toList();
        List<String> inherited = s.scope().kind() == PriceScope.Kind.CONTRACT ? inheritedRules(s.scope().id())
                : List.of();
        String now = rule.map(r -> PriceRuleEdits.describe(r.basis(), r.markupPercent())
                + " (set by " + r.updatedBy() + ", " + WHEN.format(r.updatedAt()) + ")").orElse(PriceRuleEdits.DEFAULT);
        PriceRulesPage page = new PriceRulesPage("Prices: " + s.label(),
                s.scope().kind() == PriceScope.Kind.PROVIDER ? "providers" : "contracts", s.href(), s.pricingHref(), now, version,
                BASES, fixed, products, inherited, conflict);
        return Map.of("page", page, "form", form);
    }

    private List<String> inheritedRules(long contractId) {
        return prices.providersOf(contractId).stream()
                .map(providerId -> providerNames.apply(providerId) + ": " + rules.findRule(PriceScope.provider(providerId))
                        .map(r -> PriceRuleEdits.describe(r.basis(), r.markupPercent())).orElse(PriceRuleEdits.DEFAULT))
                .toList();
    }

    private static String label(ScopeProduct p) {
        return p.name() + " · " + p.term() + " · " + p.billingCycle().toLowerCase() + " · " + p.currency();
    }

    private static final List<Map<String, String>> BASES = List.of(
            Map.of("value", PriceRuleForm.NONE, "label", "No rule: the list price, else the cost"),
            Map.of("value", "LIST_PRICE", "label", "The list price"),
            Map.of("value", "COST_PLUS", "label", "The cost plus a markup"));
}
