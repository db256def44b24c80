package org.seatkeeper.batch.subscriptionsync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seatkeeper.batch.subscriptionsync.SubscriptionSyncFixture.NIGHT_ONE;
import static org.seatkeeper.db.jooq.Tables.LICENSE_CHANGE;
import static org.seatkeeper.db.jooq.Tables.PRODUCT;
import static org.seatkeeper.db.jooq.Tables.SUBSCRIPTION;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.seatkeeper.batch.mismatch.MismatchJobConfiguration;
import org.seatkeeper.batch.mismatch.MismatchRun;
import org.seatkeeper.db.jooq.tables.records.LicenseChangeRecord;
import org.seatkeeper.db.jooq.tables.records.SubscriptionRecord;
import org.seatkeeper.db.mismatch.CheckKind;
import org.seatkeeper.db.mismatch.FindingFilter;
import org.seatkeeper.db.mismatch.FindingQuery;
import org.seatkeeper.db.pricing.PriceBasis;
import org.seatkeeper.db.pricing.PriceRuleRepository;
import org.seatkeeper.db.pricing.PriceScope;
import org.seatkeeper.emulator.Api;
import org.seatkeeper.emulator.SubscriptionView;
import org.springframework.batch.core.BatchStatus;

/**
 * The provider's prices through the sync: its cost and list price kept on the product and its cost on each
 * subscription, the customer's price from the price rules, and a cost change at the provider as exactly one
 * PRICE_CHANGE per subscription. Through the emulator, for each automatic provider where it matters.
 */
class ProviderPricesSyncIT {

    private static final LocalDate NIGHT_TWO = NIGHT_ONE.plusDays(1);

    @ParameterizedTest
    @EnumSource(value = Api.class, names = {"PARTNER_CENTER", "ION", "PAX8"})
    void shouldSyncBillableSubscriptionsWithAMarginThatNoCheckFlagsForAMissingPrice(Api api) {
        try (SubscriptionSyncFixture f = new SubscriptionSyncFixture(api, 4, 3)) {
            // given
            f.syncAccounts(NIGHT_ONE);
            f.mapAccounts(4);

            // when: a fresh sync, without any price rule, then the reconciliation
            assertThat(f.syncSubscriptions(NIGHT_ONE).status()).isEqualTo("COMPLETED");
            reconcile(f, NIGHT_ONE);

            // then: every live subscription has the provider's cost and a price above it (a free one at 0), in its
            // currency (but a usage-based Azure plan, which no provider prices per license)
            List<SubscriptionRecord> live = f.db.dsl().selectFrom(SUBSCRIPTION)
                    .where(SUBSCRIPTION.STATUS.ne("DEACTIVATED")).and(SUBSCRIPTION.NAME.ne("Azure plan")).fetch();
            assertThat(live).isNotEmpty().allSatisfy(s -> {
                assertThat(s.getUnitCost()).as("cost of %s", s.getExternalId()).isNotNull();
                assertThat(s.getUnitPrice()).as("price of %s", s.getExternalId()).isNotNull();
                if (s.getUnitCost().signum() > 0) {
                    assertThat(s.getUnitPrice()).as("price of %s", s.getExternalId()).isGreaterThan(s.getUnitCost());
                }
                assertThat(s.getCurrency()).isNotBlank();
            });
            assertThat(live).anySatisfy(s -> assertThat(s.getUnitCost()).isPositive());
            assertThat(f.db.dsl().fetchCount(PRODUCT, PRODUCT.PRICE_MISSING.isTrue()
                    .and(PRODUCT.NAME.ne("Azure plan")))).isZero();
            assertThat(new FindingQuery(f.db.dsl()).page(new FindingFilter(null, null, CheckKind.MISSING_DATA, null),
                    0, 100)).allMatch(finding -> "Azure plan".equals(finding.subjectName()));
            assertThat(f.db.dsl().fetchCount(LICENSE_CHANGE, LICENSE_CHANGE.EVENT_TYPE.eq("PRICE_CHANGE"))).isZero();
        }
    }

    @Test
    void shouldRecordAProviderCostChangeAsExactlyOnePriceChangeAndNothingTheNightAfter() {
        try (SubscriptionSyncFixture f = new SubscriptionSyncFixture(3, 3)) {
            // given: the provider's subscriptions are priced at cost + 20 %, and synced
            f.syncAccounts(NIGHT_ONE);
            f.mapAccounts(3);
            new PriceRuleRepository(f.db.dsl(), f.clock).insertRule(PriceScope.provider(f.providerId),
                    PriceBasis.COST_PLUS, new BigDecimal("20"), "anna");
            f.syncSubscriptions(NIGHT_ONE);
            SubscriptionRecord first = live(f).get(0);
            assertThat(first.getUnitPrice()).isEqualByComparingTo(plus20(first.getUnitCost()));
            SubscriptionView product = f.emulator.control().subscription(Api.PARTNER_CENTER, first.getExternalId());
            BigDecimal newCost = product.cost().add(new BigDecimal("1.50"));
            f.emulator.control().setProductPrice(Api.PARTNER_CENTER, product.productCode(), product.term(),
                    product.billingCycle(), product.listPrice(), newCost, product.currency());
            List<Long> affected = live(f).stream().filter(s -> s.getProductId().equals(first.getProductId()))
                    .map(SubscriptionRecord::getId).toList();
            int events = f.events();

            // when
            f.syncSubscriptions(NIGHT_TWO);

            // then: one PRICE_CHANGE on each subscription of that product, with the new cost and price, nothing else
            assertThat(f.events() - events).isEqualTo(affected.size());
            for (long id : affected) {
                SubscriptionRecord s = row(f, id);
                LicenseChangeRecord change = lastEvent(f, id);
                assertThat(change.getEventType()).isEqualTo("PRICE_CHANGE");
                assertThat(change.getQuantityChange()).isZero();
                assertThat(change.getQuantityAfter()).isEqualTo(s.getQuantity());
                assertThat(change.getEffectiveDate()).isEqualTo(NIGHT_TWO);
                assertThat(change.getUnitCost()).isEqualByComparingTo(newCost);
                assertThat(change.getUnitPrice()).isEqualByComparingTo(plus20(newCost));
                assertThat(change.getCurrency()).isEqualTo(s.getCurrency());
                assertThat(s.getUnitCost()).isEqualByComparingTo(newCost);
                assertThat(s.getUnitPrice()).isEqualByComparingTo(plus20(newCost));
            }
            assertThat(f.db.dsl().select(PRODUCT.UNIT_COST).from(PRODUCT).where(PRODUCT.ID.eq(first.getProductId()))
                    .fetchSingle(PRODUCT.UNIT_COST)).isEqualByComparingTo(newCost);
            assertThat(f.logMismatches()).isZero();

            // and the next night, with no change at the provider, writes nothing
            long versions = f.versionSum();
            int after = f.events();
            f.syncSubscriptions(NIGHT_TWO.plusDays(1));
            assertThat(f.events()).isEqualTo(after);
            assertThat(f.versionSum()).isEqualTo(versions);
        }
    }

    @Test
    void shouldKeepAPriceAPersonSetWhenTheProviderCostChanges() {
        try (SubscriptionSyncFixture f = new SubscriptionSyncFixture(1, 2)) {
            // given: a person set the price of a synced subscription
            f.syncAccounts(NIGHT_ONE);
            f.mapAccounts(1);
            f.syncSubscriptions(NIGHT_ONE);
            SubscriptionRecord s = live(f).get(0);
            f.db.dsl().update(SUBSCRIPTION).set(SUBSCRIPTION.UNIT_PRICE, new BigDecimal("99.00"))
                    .set(SUBSCRIPTION.PRICE_SET_BY_PERSON, true).where(SUBSCRIPTION.ID.eq(s.getId())).execute();
            SubscriptionView product = f.emulator.control().subscription(Api.PARTNER_CENTER, s.getExternalId());
            f.emulator.control().setProductPrice(Api.PARTNER_CENTER, product.productCode(), product.term(),
                    product.billingCycle(), product.listPrice(), s.getUnitCost().add(BigDecimal.ONE), s.getCurrency());

            // when
            f.syncSubscriptions(NIGHT_TWO);

            // then: the cost change is recorded, at the person's price
            LicenseChangeRecord change = lastEvent(f, s.getId());
            assertThat(change.getEventType()).isEqualTo("PRICE_CHANGE");
            assertThat(change.getUnitCost()).isEqualByComparingTo(s.getUnitCost().add(BigDecimal.ONE));
            assertThat(change.getUnitPrice()).isEqualByComparingTo("99.00");
            assertThat(row(f, s.getId()).getUnitPrice()).isEqualByComparingTo("99.00");
        }
    }

    private static BigDecimal plus20(BigDecimal cost) {
        return cost.multiply(new BigDecimal("1.2")).setScale(2, RoundingMode.HALF_UP);
    }

    private static List<SubscriptionRecord> live(SubscriptionSyncFixture f) {
        return f.db.dsl().selectFrom(SUBSCRIPTION).where(SUBSCRIPTION.STATUS.eq("ACTIVE"))
                .orderBy(SUBSCRIPTION.ID).fetch();
    }

    private static SubscriptionRecord row(SubscriptionSyncFixture f, long id) {
        return f.db.dsl().selectFrom(SUBSCRIPTION).where(SUBSCRIPTION.ID.eq(id)).fetchSingle();
    }

    private static LicenseChangeRecord lastEvent(SubscriptionSyncFixture f, long subscriptionId) {
        return f.db.dsl().selectFrom(LICENSE_CHANGE).where(LICENSE_CHANGE.SUBSCRIPTION_ID.eq(subscriptionId))
                .orderBy(LICENSE_CHANGE.ID.desc()).limit(1).fetchSingle();
    }

    private static void reconcile(SubscriptionSyncFixture f, LocalDate date) {
        MismatchRun run = new MismatchRun(f.runner, new MismatchJobConfiguration(f.batch, f.db, f.clock));
        assertThat(run.await(run.startNow(date, "test").executionId(), Duration.ofMinutes(2)))
                .isEqualTo(BatchStatus.COMPLETED);
    }
}
