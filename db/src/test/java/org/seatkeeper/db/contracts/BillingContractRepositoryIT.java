package org.seatkeeper.db.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.db.Database;
import org.seatkeeper.db.OptimisticLockException;
import org.seatkeeper.db.catalog.BillingCycle;
import org.seatkeeper.db.subscriptions.BillingFixtures;
import org.seatkeeper.db.subscriptions.SubscriptionRepository;

class BillingContractRepositoryIT {

    private final Clock clock = Clock.fixed(BillingFixtures.NOW, ZoneOffset.UTC);
    private final Database db = Database.openInMemory();
    private final BillingContractRepository contracts = new BillingContractRepository(db.dsl(), clock);
    private final BillingFixtures fixtures = new BillingFixtures(db.dsl(), contracts);

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void shouldCreateTheCustomersContractForACurrencyOnceFlaggedForReview() {
        // given
        long customerId = fixtures.aCustomer("Fabrikam");
        long eurContract = fixtures.aContract(customerId, "EUR");

        // when
        long eur = contracts.findOrCreateForCurrency(customerId, "EUR", LocalDate.of(2026, 11, 22));
        long usd = contracts.findOrCreateForCurrency(customerId, "USD", LocalDate.of(2026, 11, 22));
        long usdAgain = contracts.findOrCreateForCurrency(customerId, "USD", LocalDate.of(2026, 11, 23));

        // then
        assertThat(eur).isEqualTo(eurContract);
        assertThat(usdAgain).isEqualTo(usd);
        assertThat(contracts.findById(usd)).get()
                .extracting(BillingContract::currency, BillingContract::needsReview, BillingContract::startDate)
                .containsExactly("USD", true, LocalDate.of(2026, 11, 22));
        assertThat(contracts.findByCustomer(customerId)).hasSize(2);
    }

    @Test
    void shouldListContractsWithSubscriptionCounts() {
        // given
        long customerId = fixtures.aCustomer("Fabrikam");
        long contractId = fixtures.aContract(customerId, "EUR");
        fixtures.aContract(fixtures.aCustomer("Adatum"), "EUR");
        long manual = fixtures.aProvider("Manual", "MANUAL", false);
        SubscriptionRepository subscriptions = new SubscriptionRepository(db.dsl(), clock);
        subscriptions.insert(BillingFixtures.aSubscription(contractId, manual, null, 3));
        subscriptions.insert(BillingFixtures.aSubscription(contractId, manual, null, 4));

        // when
        List<ContractSummary> all = contracts.list(null, false, 0, 10);

        // then
        assertThat(all).extracting(ContractSummary::customerName, ContractSummary::subscriptions,
                        ContractSummary::activeSubscriptions)
                .containsExactly(tuple("Adatum", 0, 0),
                        tuple("Fabrikam", 2, 2));
        assertThat(contracts.count(customerId, false)).isEqualTo(1);
    }

    @Test
    void shouldSaveTermsAndRefuseAStaleEdit() {
        // given
        long contractId = fixtures.aContract(fixtures.aCustomer("Fabrikam"), "EUR");
        ContractTerms terms = new ContractTerms("Fabrikam EUR", "EUR", BillingCycle.ANNUAL, 15,
                LocalDate.of(2026, 2, 1), "PSA-42");

        // when
        contracts.update(contractId, terms, ContractStatus.ACTIVE, false, 0);

        // then
        assertThat(contracts.findById(contractId)).get()
                .extracting(BillingContract::billingCycle, BillingContract::billingDay, BillingContract::psaAgreementRef)
                .containsExactly(BillingCycle.ANNUAL, 15, "PSA-42");
        assertThatThrownBy(() -> contracts.update(contractId, terms, ContractStatus.CLOSED, false, 0))
                .isInstanceOf(OptimisticLockException.class);
    }
}
