package org.seatkeeper.app.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.seatkeeper.db.catalog.BillingCycle;
import org.seatkeeper.db.contracts.BillingContract;
import org.seatkeeper.db.contracts.ContractLine;
import org.seatkeeper.db.contracts.ContractStatus;
import org.seatkeeper.db.subscriptions.SubscriptionState;

class ContractHealthTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final BillingContract USD = new BillingContract(1, 7, "Main", "USD", BillingCycle.MONTHLY, 1,
            LocalDate.of(2026, 1, 1), null, ContractStatus.ACTIVE, false, Instant.EPOCH, 0);

    private static ContractLine line(long id, SubscriptionState status, String externalId, LocalDate termEnd,
                                     String priceCurrency) {
        return new ContractLine(id, "Sub " + id, 3, status, externalId, 10L, LocalDate.of(2026, 1, 1), termEnd,
                new BigDecimal("10.00"), priceCurrency, null, null, null, "Office 365 E1", "MONTHLY",
                new BigDecimal("10.00"), new BigDecimal("8.00"), priceCurrency);
    }

    private static ContractLine unpriced(long id, BigDecimal listPrice, BigDecimal cost) {
        return new ContractLine(id, "Sub " + id, 3, SubscriptionState.ACTIVE, "pc-" + id, 10L, LocalDate.of(2026, 1, 1),
                null, null, null, null, null, null, "Office 365 E1", "MONTHLY", listPrice, cost, "USD");
    }

    @Test
    void shouldSendAPriceMissingToTheProductWhenItHasNothingToDeriveAPriceFrom() {
        var problems = ContractHealth.check(USD, java.util.List.of(unpriced(1, null, null),
                unpriced(2, null, new BigDecimal("8.00"))), TODAY);
        assertThat(problems).extracting(HealthProblem::kind, HealthProblem::fixHref).containsExactly(
                org.assertj.core.groups.Tuple.tuple("price-missing", "/products/10?back=/contracts/1"),
                org.assertj.core.groups.Tuple.tuple("price-missing", "/contracts/1#pricing"));
    }

    @Test
    void shouldNotFlagASubscriptionThatHasADerivedPrice() {
        assertThat(ContractHealth.check(USD, java.util.List.of(line(1, SubscriptionState.ACTIVE, "pc-1", null, "USD")),
                TODAY)).isEmpty();
    }

    @Test
    void shouldFlagASubscriptionPricedInAnotherCurrencyThanTheContract() {
        assertThat(ContractHealth.check(USD, java.util.List.of(line(1, SubscriptionState.ACTIVE, null, null, "XYZ")),
                TODAY)).singleElement().satisfies(p -> {
                    assertThat(p.message()).isEqualTo("is priced in XYZ but the contract bills in USD.");
                    assertThat(p.fixHref()).isEqualTo("/subscriptions/1");
                });
    }

    @Test
    void shouldFlagAnActiveSubscriptionWhoseTermHasEnded() {
        var problems = ContractHealth.check(USD, java.util.List.of(
                line(1, SubscriptionState.ACTIVE, null, LocalDate.of(2026, 11, 13), "USD"),
                line(2, SubscriptionState.ACTIVE, "pc-2", LocalDate.of(2026, 11, 30), "USD"),
                line(3, SubscriptionState.SUSPENDED, null, LocalDate.of(2026, 11, 13), "USD"),
                line(4, SubscriptionState.ACTIVE, null, TODAY, "USD")), TODAY);
        assertThat(problems).extracting(HealthProblem::message).containsExactly(
                "is still active but its term ended on 2026-11-13: renew it or correct the term end.",
                "is still active but its term ended on 2026-11-30: sync the contract to get the provider's renewal.");
    }
}
