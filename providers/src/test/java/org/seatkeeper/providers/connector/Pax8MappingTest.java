package org.seatkeeper.providers.connector;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.seatkeeper.providers.pax8.Pax8Company;
import org.seatkeeper.providers.pax8.Pax8Subscription;

class Pax8MappingTest {

    @Test
    void shouldMapSubscriptionsAndRejectBadDatesAndUnknownStatuses() {
        // given
        var items = Fixtures.items("fixtures/pax8-subscriptions.json", "content", Pax8Subscription.class);

        // when
        SubscriptionList list = Pax8Mapping.subscriptions("c3e2a1b0-0000-4000-8000-00000000aaaa", items);

        // then
        assertThat(list.subscriptions()).hasSize(2);
        ProviderSubscriptionRecord premium = list.subscriptions().get(0);
        assertThat(premium.quantity()).isEqualTo(12);
        assertThat(premium.term()).isEqualTo("P1Y");
        assertThat(premium.billingCycle()).isEqualTo(BillingCycle.MONTHLY);
        assertThat(premium.status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(premium.effectiveDate()).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(premium.termEndDate()).isEqualTo(LocalDate.of(2025, 4, 30));
        assertThat(premium.unitPrice()).isEqualTo(new Money(new BigDecimal("22.00"), Currency.getInstance("USD")));
        assertThat(premium.unitCost()).isEqualTo(new Money(new BigDecimal("17.60"), Currency.getInstance("USD")));
        assertThat(premium.lastChangeDate()).isEqualTo(LocalDate.of(2024, 6, 2));
        assertThat(list.subscriptions().get(1).status()).isEqualTo(SubscriptionStatus.DEACTIVATED);
        assertThat(list.rejected()).extracting(RejectedRecord::reason)
                .anySatisfy(reason -> assertThat(reason).contains("date"))
                .anySatisfy(reason -> assertThat(reason).contains("Teleported"));
    }

    @Test
    void shouldTakeTenantIdAndDomainFromProvisioningDetails() {
        // given
        var items = Fixtures.items("fixtures/pax8-subscriptions.json", "content", Pax8Subscription.class);
        var company = new Pax8Company("c3e2a1b0-0000-4000-8000-00000000aaaa", "Fabrikam", null, null, null, null,
                "Active", null);

        // when
        ProviderAccountRecord account = Pax8Mapping.account(company, items);

        // then
        assertThat(account.tenantId()).isEqualTo("11111111-2222-4333-8444-555555555555");
        assertThat(account.domain()).isEqualTo("fabrikam.onmicrosoft.com");
        assertThat(account.relationship()).isEqualTo(RelationshipStatus.RESELLER);
    }
}
