package org.seatkeeper.billing.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.seatkeeper.db.catalog.Money;
import org.seatkeeper.db.pricing.FixedPrice;
import org.seatkeeper.db.pricing.PriceBasis;
import org.seatkeeper.db.pricing.PriceRule;
import org.seatkeeper.db.pricing.PriceRuleSet;
import org.seatkeeper.db.pricing.PriceScope;

/** The customer's unit price from the rules: which rule wins, the default without rules, and the rounding. */
class PriceRulesTest {

    private static final long CONTRACT = 7;
    private static final long PROVIDER = 3;
    private static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");

    private final ProductPrices e3 = new ProductPrices(11, "EUR", new BigDecimal("36.00"), new BigDecimal("30.00"));
    private final ProductPrices costOnly = new ProductPrices(12, "EUR", null, new BigDecimal("10.3333333"));
    private final ProductPrices listOnly = new ProductPrices(13, "EUR", new BigDecimal("5.10"), null);
    private final ProductPrices unknown = new ProductPrices(14, "EUR", null, null);

    @Test
    void shouldPriceAtTheListPriceElseTheCostWhenThereIsNoRule() {
        // given
        PriceRules rules = PriceRules.NONE;

        // then
        assertThat(rules.unitPrice(CONTRACT, PROVIDER, e3)).contains(Money.of("36.00", "EUR"));
        assertThat(rules.unitPrice(CONTRACT, PROVIDER, costOnly)).contains(Money.of("10.3333333", "EUR"));
        assertThat(rules.explain(CONTRACT, PROVIDER, costOnly).basis()).contains("without margin");
        assertThat(rules.unitPrice(CONTRACT, PROVIDER, unknown)).isEmpty();
        assertThat(rules.explain(CONTRACT, PROVIDER, unknown).basis()).contains("neither a list price nor a cost");
    }

    @Test
    void shouldAddTheProvidersMarkupToTheCostRoundedHalfUpToCents() {
        // given
        PriceRules rules = rules(List.of(costPlus(PriceScope.provider(PROVIDER), "20")), List.of());

        // then: 30 x 1.2 = 36; 10.3333333 x 1.2 = 12.39999996 -> 12.40
        assertThat(rules.unitPrice(CONTRACT, PROVIDER, e3)).contains(Money.of("36.00", "EUR"));
        assertThat(rules.unitPrice(CONTRACT, PROVIDER, costOnly).orElseThrow().amount())
                .isEqualByComparingTo("12.40").hasScaleOf(2);
        assertThat(rules.explain(CONTRACT, PROVIDER, e3).basis()).isEqualTo("the provider's rule: cost + 20 %");
    }

    @Test
    void shouldRoundAnExactHalfCentUpAndKeepTheCurrencysMinorUnit() {
        // 10.05 x 1.5 = 15.075 -> 15.08; yen have no minor unit: 1001 x 1.1 = 1101.1 -> 1101
        assertThat(PriceRules.costPlus(new BigDecimal("10.05"), new BigDecimal("50"), "EUR"))
                .isEqualTo(Money.of("15.08", "EUR"));
        assertThat(PriceRules.costPlus(new BigDecimal("1001"), new BigDecimal("10"), "JPY").amount())
                .isEqualByComparingTo("1101").hasScaleOf(0);
        assertThat(PriceRules.costPlus(new BigDecimal("9.99"), new BigDecimal("12.5"), "USD"))
                .isEqualTo(Money.of("11.24", "USD"));
    }

    @Test
    void shouldLetTheContractsRuleWinOverTheProvidersFixedPrice() {
        // given: the provider fixes E3 at 40, the contract sells at list price
        PriceRules rules = rules(List.of(costPlus(PriceScope.provider(PROVIDER), "10"),
                        new PriceRule(2, PriceScope.contract(CONTRACT), PriceBasis.LIST_PRICE, null, "ann", NOW, 0)),
                List.of(fixed(PriceScope.provider(PROVIDER), e3.productId(), "40.00")));

        // then
        assertThat(rules.unitPrice(CONTRACT, PROVIDER, e3)).contains(Money.of("36.00", "EUR"));
        assertThat(rules.explain(CONTRACT, PROVIDER, e3).basis()).isEqualTo("the contract's rule: list price");
        // another contract of the same provider keeps the provider's fixed price and rule
        assertThat(rules.unitPrice(99, PROVIDER, e3)).contains(Money.of("40.00", "EUR"));
        assertThat(rules.unitPrice(99, PROVIDER, costOnly)).contains(Money.of("11.37", "EUR"));
    }

    @Test
    void shouldLetAContractsFixedPriceWinOverItsOwnRule() {
        // given
        PriceRules rules = rules(List.of(costPlus(PriceScope.contract(CONTRACT), "25")),
                List.of(fixed(PriceScope.contract(CONTRACT), e3.productId(), "33.3333")));

        // then
        assertThat(rules.unitPrice(CONTRACT, PROVIDER, e3)).contains(Money.of("33.3333", "EUR"));
        assertThat(rules.explain(CONTRACT, PROVIDER, e3).basis()).isEqualTo("the contract's fixed price for this product");
        assertThat(rules.unitPrice(CONTRACT, PROVIDER, listOnly)).isEmpty();
    }

    @Test
    void shouldGiveNoPriceWhenTheRulesBasisIsUnknownRatherThanAnotherRulesPrice() {
        // given: the contract sells at list price; the provider's rule could price at cost, but the contract wins
        PriceRules rules = rules(List.of(costPlus(PriceScope.provider(PROVIDER), "10"),
                new PriceRule(2, PriceScope.contract(CONTRACT), PriceBasis.LIST_PRICE, null, "ann", NOW, 0)), List.of());

        // then
        assertThat(rules.unitPrice(CONTRACT, PROVIDER, costOnly)).isEmpty();
        assertThat(rules.explain(CONTRACT, PROVIDER, costOnly).basis())
                .isEqualTo("no price: the contract's rule is the list price, and the product has none");
        assertThat(rules(List.of(costPlus(PriceScope.provider(PROVIDER), "10")), List.of())
                .explain(CONTRACT, PROVIDER, listOnly).basis())
                .isEqualTo("no price: the provider's rule is cost + 10 %, and the product has no cost");
    }

    @Test
    void shouldSellAtCostWithAZeroMarkup() {
        assertThat(rules(List.of(costPlus(PriceScope.provider(PROVIDER), "0")), List.of())
                .unitPrice(CONTRACT, PROVIDER, e3)).contains(Money.of("30.00", "EUR"));
    }

    private static PriceRules rules(List<PriceRule> rules, List<FixedPrice> fixed) {
        return new PriceRules(new PriceRuleSet(rules, fixed));
    }

    private static PriceRule costPlus(PriceScope scope, String markup) {
        return new PriceRule(1, scope, PriceBasis.COST_PLUS, new BigDecimal(markup), "ann", NOW, 0);
    }

    private static FixedPrice fixed(PriceScope scope, long productId, String amount) {
        return new FixedPrice(5, scope, productId, Money.of(amount, "EUR"), "ann", NOW, 0);
    }
}
