package org.seatkeeper.providers.connector;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.seatkeeper.providers.http.Parsed;
import org.seatkeeper.providers.pax8.Pax8Company;
import org.seatkeeper.providers.pax8.Pax8Pricing;
import org.seatkeeper.providers.pax8.Pax8Subscription;

/** Payloads shaped like the examples of Pax8's own specification (offsets without a colon, no partner cost). */
class Pax8SpecShapesTest {

    private static final Currency USD = Currency.getInstance("USD");

    private final List<Parsed<Pax8Subscription>> items =
            Fixtures.items("fixtures/pax8-spec-subscriptions.json", "content", Pax8Subscription.class);
    private final List<Pax8Pricing> pricing = Fixtures.items("fixtures/pax8-pricing.json", "content", Pax8Pricing.class)
            .stream().map(Parsed::value).toList();

    private Optional<Pax8Pricing> pricingOf(Pax8Subscription s) {
        return pricing.stream().filter(p -> p.billingTerm().equalsIgnoreCase(s.billingTerm())).findFirst();
    }

    @Test
    void shouldReadTrialsAndPendingCancelsWithTheirOwnMeaning() {
        // when
        SubscriptionList list = Pax8Mapping.subscriptions("2aa4862a-9474-4138-9863-4f0a8e4cec74", items, this::pricingOf);

        // then
        ProviderSubscriptionRecord trial = list.subscriptions().get(0);
        assertThat(trial.status()).isEqualTo(SubscriptionStatus.TRIAL);
        assertThat(trial.providerStatus()).isEqualTo("Trial");
        ProviderSubscriptionRecord cancelling = list.subscriptions().get(1);
        assertThat(cancelling.status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(cancelling.autoRenew()).isFalse();
        assertThat(cancelling.providerStatus()).isEqualTo("PendingCancel");
    }

    @Test
    void shouldReadOffsetsWithoutAColonAndBareDates() {
        // when
        SubscriptionList list = Pax8Mapping.subscriptions("2aa4862a-9474-4138-9863-4f0a8e4cec74", items, this::pricingOf);

        // then (23:12 at -03:00 is the next day in UTC)
        assertThat(list.subscriptions().get(0).lastChangeDate()).isEqualTo(LocalDate.of(2020, 12, 11));
        assertThat(list.subscriptions().get(0).effectiveDate()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(list.subscriptions().get(1).effectiveDate()).isEqualTo(LocalDate.of(2020, 4, 22));
    }

    @Test
    void shouldTakeTheCostFromTheProductPricingWhenTheSubscriptionHasNone() {
        // when
        SubscriptionList list = Pax8Mapping.subscriptions("2aa4862a-9474-4138-9863-4f0a8e4cec74", items, this::pricingOf);

        // then: 5 licenses fall in the 1-9 range, 12 in the 10+ range
        ProviderSubscriptionRecord five = list.subscriptions().get(0);
        assertThat(five.unitPrice()).isEqualTo(new Money(new BigDecimal("86"), USD));
        assertThat(five.unitCost()).isEqualTo(new Money(new BigDecimal("70.25"), USD));
        assertThat(five.listPrice()).isEqualTo(new Money(new BigDecimal("90"), USD));
        ProviderSubscriptionRecord twelve = list.subscriptions().get(1);
        assertThat(twelve.unitCost()).isEqualTo(new Money(new BigDecimal("66.10"), USD));
        assertThat(twelve.listPrice()).isEqualTo(new Money(new BigDecimal("88"), USD));
    }

    @Test
    void shouldRejectAnUnreadableItemByItsIdAndKeepTheOthers() {
        // when
        SubscriptionList list = Pax8Mapping.subscriptions("2aa4862a-9474-4138-9863-4f0a8e4cec74", items, this::pricingOf);

        // then
        assertThat(list.subscriptions()).hasSize(2);
        assertThat(list.rejected()).singleElement().satisfies(r -> {
            assertThat(r.externalId()).isEqualTo("d9b4705f-b316-4e2b-959e-c542e01b749f");
            assertThat(r.rawJson()).contains("\"one\"");
        });
    }

    @Test
    void shouldCountAnActiveCompanyWithoutProvisioningDetailsAsAResellerCustomerWithAnUnknownTenant() {
        // given
        var company = new Pax8Company("2aa4862a-9474-4138-9863-4f0a8e4cec74", "Contoso", null, null, null, null,
                "Active", null);

        // when
        ProviderAccountRecord account = Pax8Mapping.account(company, items);

        // then
        assertThat(account.relationship()).isEqualTo(RelationshipStatus.RESELLER);
        assertThat(account.tenantId()).isNull();
        assertThat(account.domain()).isNull();
    }

    @Test
    void shouldCountAnInactiveCompanyAsInactive() {
        var company = new Pax8Company("2aa4862a-9474-4138-9863-4f0a8e4cec74", "Contoso", null, null, null, null,
                "Inactive", null);
        assertThat(Pax8Mapping.account(company, items).relationship()).isEqualTo(RelationshipStatus.INACTIVE);
    }
}
