package org.seatkeeper.providers.connector;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.seatkeeper.providers.ion.IonSubscription;

class IonMappingTest {

    @Test
    void shouldMapTheRecordedIonSubscriptionSample() {
        // given
        var items = Fixtures.items("samples/ion-v3-list-subscriptions.response.json", "items", IonSubscription.class);

        // when
        SubscriptionList list = IonMapping.subscriptions("306870", items);

        // then
        assertThat(list.rejected()).isEmpty();
        assertThat(list.subscriptions()).hasSize(7);
        ProviderSubscriptionRecord first = list.subscriptions().get(0);
        assertThat(first.externalId()).isEqualTo("mock6458-fa25-322f-b117-48037755116a");
        assertThat(first.accountExternalId()).isEqualTo("306870");
        assertThat(first.offerId()).isEqualTo("CFQ7TTC0LH18:000D:P1M:M");
        assertThat(first.productName()).isEqualTo("Microsoft 365 Business Basic EEA (no Teams)");
        assertThat(first.quantity()).isEqualTo(3);
        assertThat(first.status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(first.providerStatus()).isEqualTo("active");
        assertThat(first.term()).isEqualTo("P1M");
        assertThat(first.billingCycle()).isEqualTo(BillingCycle.MONTHLY);
        assertThat(first.effectiveDate()).isEqualTo(LocalDate.of(2024, 1, 3));
        assertThat(first.termEndDate()).isEqualTo(LocalDate.of(2024, 2, 3));
        assertThat(first.cancellationAllowedUntil()).isEqualTo(LocalDate.of(2024, 1, 18));
        assertThat(first.autoRenew()).isTrue();
        assertThat(first.unitPrice()).isEqualTo(new Money(new BigDecimal("63.8452759"), Currency.getInstance("SEK")));
        assertThat(first.lastChangeDate()).isEqualTo(LocalDate.of(2024, 1, 8));
        assertThat(list.subscriptions()).extracting(ProviderSubscriptionRecord::quantity)
                .containsExactly(3, 9, 1, 1, 8, 5, 1);
    }

    @Test
    void shouldRejectUnreadableQuantityAndAcceptUpperCaseStatus() throws Exception {
        // given
        var items = Fixtures.items("samples/ion-v3-list-subscriptions.response.json", "items", IonSubscription.class);
        var broken = (com.fasterxml.jackson.databind.node.ObjectNode) Fixtures.MAPPER.readTree(items.get(0).raw());
        broken.put("subscriptionTotalLicenses", "three");
        var upper = (com.fasterxml.jackson.databind.node.ObjectNode) Fixtures.MAPPER.readTree(items.get(1).raw());
        upper.put("subscriptionStatus", "SUSPENDED");
        var parsed = java.util.List.of(
                org.seatkeeper.providers.http.Parsed.one(Fixtures.MAPPER, broken, IonSubscription.class),
                org.seatkeeper.providers.http.Parsed.one(Fixtures.MAPPER, upper, IonSubscription.class));

        // when
        SubscriptionList list = IonMapping.subscriptions("306870", parsed);

        // then
        assertThat(list.rejected()).singleElement().satisfies(r -> {
            assertThat(r.externalId()).isEqualTo("mock6458-fa25-322f-b117-48037755116a");
            assertThat(r.reason()).contains("quantity");
            assertThat(r.rawJson()).contains("three");
        });
        assertThat(list.subscriptions()).singleElement()
                .extracting(ProviderSubscriptionRecord::status).isEqualTo(SubscriptionStatus.SUSPENDED);
    }
}
