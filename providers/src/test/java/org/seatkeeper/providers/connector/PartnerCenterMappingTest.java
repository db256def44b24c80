package org.seatkeeper.providers.connector;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.seatkeeper.providers.partnercenter.PcCustomer;
import org.seatkeeper.providers.partnercenter.PcSubscription;

class PartnerCenterMappingTest {

    @Test
    void shouldMapSubscriptionsWithMixedCaseKeysAndRejectMalformedOnes() {
        // given
        var items = Fixtures.items("fixtures/pc-subscriptions.json", "items", PcSubscription.class);

        // when
        SubscriptionList list = PartnerCenterMapping.subscriptions("customer-1", items);

        // then
        assertThat(list.subscriptions()).hasSize(2);
        ProviderSubscriptionRecord e3 = list.subscriptions().get(0);
        assertThat(e3.externalId()).isEqualTo("a1b2c3d4-0000-4000-8000-000000000001");
        assertThat(e3.offerId()).isEqualTo("CFQ7TTC0LFLX:0001:CFQ7TTC0K8B4");
        assertThat(e3.quantity()).isEqualTo(25);
        assertThat(e3.term()).isEqualTo("P1Y");
        assertThat(e3.billingCycle()).isEqualTo(BillingCycle.MONTHLY);
        assertThat(e3.effectiveDate()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(e3.termEndDate()).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(e3.cancellationAllowedUntil()).isEqualTo(LocalDate.of(2024, 3, 8));
        assertThat(e3.refundableQuantity()).isEqualTo(5);
        assertThat(e3.unitPrice()).isNull();
        ProviderSubscriptionRecord basic = list.subscriptions().get(1);
        assertThat(basic.status()).isEqualTo(SubscriptionStatus.SUSPENDED);
        assertThat(basic.billingCycle()).isEqualTo(BillingCycle.ANNUAL);
        assertThat(basic.term()).isEqualTo("P3Y");
        assertThat(list.rejected()).hasSize(2);
        assertThat(list.rejected()).extracting(RejectedRecord::reason)
                .anySatisfy(reason -> assertThat(reason).contains("without id"))
                .anySatisfy(reason -> assertThat(reason).contains("unreadable"));
    }

    @Test
    void shouldMapPascalCaseCustomersAndRejectOneWithoutId() {
        // given
        var items = Fixtures.items("fixtures/pc-customers.json", "items", PcCustomer.class);
        List<ProviderAccountRecord> accounts = new ArrayList<>();
        List<RejectedRecord> rejected = new ArrayList<>();

        // when
        items.forEach(item -> PartnerCenterMapping.account(item, accounts, rejected));

        // then
        assertThat(accounts).singleElement().satisfies(a -> {
            assertThat(a.externalId()).isEqualTo("4f3a1c2b-1111-4222-8333-444455556666");
            assertThat(a.tenantId()).isEqualTo("4f3a1c2b-1111-4222-8333-444455556666");
            assertThat(a.domain()).isEqualTo("contoso.onmicrosoft.com");
            assertThat(a.companyName()).isEqualTo("Contoso Ltd");
            assertThat(a.relationship()).isEqualTo(RelationshipStatus.RESELLER);
        });
        assertThat(rejected).singleElement().satisfies(r -> assertThat(r.rawJson()).contains("No Id Inc"));
    }
}
