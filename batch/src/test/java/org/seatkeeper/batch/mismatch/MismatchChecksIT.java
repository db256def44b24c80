package org.seatkeeper.batch.mismatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seatkeeper.batch.mismatch.MismatchFixtures.NOW;
import static org.seatkeeper.batch.mismatch.MismatchFixtures.TODAY;
import static org.seatkeeper.db.jooq.Tables.PROVIDER_ACCOUNT;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.db.mismatch.CheckKind;
import org.seatkeeper.db.mismatch.Direction;
import org.seatkeeper.db.mismatch.Finding;
import org.seatkeeper.db.mismatch.MismatchHistoryRepository;
import org.springframework.batch.core.BatchStatus;

/** Each check of DOMAIN.md's table on a crafted database: one subject that fails it and one that passes. */
class MismatchChecksIT {

    private MismatchFixtures fx;
    private long provider;
    private long customer;
    private long contract;
    private long account;
    private long product;

    @BeforeEach
    void craft() {
        fx = new MismatchFixtures();
        provider = fx.aProvider("Partner Center", true);
        customer = fx.aCustomer("Contoso");
        contract = fx.aContract(customer);
        account = fx.anAccount(provider, customer, "Contoso Ltd");
        product = fx.aProduct("CFQ7TTC0LF8R:0001", new BigDecimal("10.0000"));
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private long synced(String external, int quantity, int providerQuantity, String providerStatus) {
        return fx.aSubscription(contract, provider).product(product).quantity(quantity)
                .synced(account, external, providerQuantity, providerStatus, NOW.minusSeconds(3600)).insert();
    }

    @Test
    void shouldFindABrokenLogOnlyWhereTheLogDoesNotAddUp() {
        // given a subscription whose quantity was edited without an event, and one whose log adds up
        long broken = synced("s-1", 5, 5, "active");
        long fine = synced("s-2", 5, 5, "active");
        fx.setQuantityWithoutEvent(broken, 7);

        // when
        assertThat(fx.reconcile(TODAY)).isEqualTo(BatchStatus.COMPLETED);

        // then
        assertThat(fx.open(CheckKind.LOG_INTEGRITY)).singleElement().satisfies(f -> {
            assertThat(f.subscriptionId()).isEqualTo(broken);
            assertThat(f.logQuantity()).isEqualTo(5);
            assertThat(f.seatkeeperQuantity()).isEqualTo(7);
            assertThat(f.direction()).isEqualTo(Direction.UNDER_BILLING);
            assertThat(f.moneyAtStake()).isEqualByComparingTo("20");
            assertThat(f.currency()).isEqualTo("EUR");
            assertThat(f.customerName()).isEqualTo("Contoso");
        });
        assertThat(fx.open(CheckKind.LOG_INTEGRITY)).extracting(Finding::subscriptionId).doesNotContain(fine);
    }

    @Test
    void shouldFindAProviderQuantityThatDiffersAfterTheSync() {
        long more = synced("s-1", 5, 8, "active");
        long same = synced("s-2", 5, 5, "active");
        // a person changed this one after the sync: it is compared after the next sync, not tonight
        long changedSince = synced("s-3", 6, 5, "active");
        fx.logEvent(changedSince, "INCREASE", 1, 6, "USER", NOW);

        fx.reconcile(TODAY);

        assertThat(fx.open(CheckKind.PROVIDER_VS_SEATKEEPER)).singleElement().satisfies(f -> {
            assertThat(f.subscriptionId()).isEqualTo(more);
            assertThat(f.providerQuantity()).isEqualTo(8);
            assertThat(f.seatkeeperQuantity()).isEqualTo(5);
            assertThat(f.difference()).isEqualTo(3);
            assertThat(f.direction()).isEqualTo(Direction.UNDER_BILLING);
            assertThat(f.moneyAtStake()).isEqualByComparingTo("30");
        });
        assertThat(same).isNotEqualTo(more);
    }

    @Test
    void shouldCompareAPersonsOldChangeWithTheDaysSyncThoughTheSyncLeftTheRowUntouched() {
        // given: rows the provider has not changed for ten days (the sync leaves them as they are, rule 3); a person
        // corrected one two days ago, before today's sync; another this morning, after today's sync started
        java.time.Instant tenDaysAgo = NOW.minus(Duration.ofDays(10));
        long corrected = fx.aSubscription(contract, provider).product(product).quantity(6)
                .synced(account, "s-old", 5, "active", tenDaysAgo).insert();
        fx.logEvent(corrected, "INCREASE", 1, 6, "USER", NOW.minus(Duration.ofDays(2)));
        long justChanged = fx.aSubscription(contract, provider).product(product).quantity(7)
                .synced(account, "s-new", 5, "active", tenDaysAgo).insert();
        fx.logEvent(justChanged, "INCREASE", 2, 7, "USER", NOW.minusSeconds(600));
        fx.aCompletedSubscriptionSync(TODAY, NOW.minus(Duration.ofHours(4)), null);

        // when
        fx.reconcile(TODAY);

        // then: the old change is compared with what today's sync found; the new one waits for the next sync
        assertThat(fx.open(CheckKind.PROVIDER_VS_SEATKEEPER)).singleElement().satisfies(f -> {
            assertThat(f.subscriptionId()).isEqualTo(corrected);
            assertThat(f.difference()).isEqualTo(-1);
            assertThat(f.direction()).isEqualTo(Direction.OVER_BILLING);
        });
    }

    @Test
    void shouldCompareAChangeMadeBeforeTheContractsOwnSyncOfTheDay() {
        // given: today's nightly sync ran before the person's change, the contract's own sync after it
        long changed = fx.aSubscription(contract, provider).product(product).quantity(9)
                .synced(account, "s-c", 8, "active", NOW.minus(Duration.ofDays(3))).insert();
        fx.logEvent(changed, "INCREASE", 1, 9, "USER", NOW.minus(Duration.ofHours(2)));
        fx.aCompletedSubscriptionSync(TODAY, NOW.minus(Duration.ofHours(4)), null);
        fx.aCompletedSubscriptionSync(TODAY, NOW.minus(Duration.ofHours(1)), contract);

        // when
        fx.reconcile(TODAY);

        // then
        assertThat(fx.open(CheckKind.PROVIDER_VS_SEATKEEPER)).extracting(Finding::subscriptionId)
                .containsExactly(changed);
    }

    @Test
    void shouldFindAStatusDisagreementBothWays() {
        long billedButDead = synced("s-1", 5, 5, "suspended");
        long liveButNotBilled = fx.aSubscription(contract, provider).product(product).quantity(0).status("SUSPENDED")
                .synced(account, "s-2", 4, "active", NOW.minusSeconds(60)).insert();
        synced("s-3", 5, 5, "active");

        fx.reconcile(TODAY);

        assertThat(fx.open(CheckKind.STATUS)).hasSize(2)
                .anySatisfy(f -> {
                    assertThat(f.subscriptionId()).isEqualTo(billedButDead);
                    assertThat(f.direction()).isEqualTo(Direction.OVER_BILLING);
                    assertThat(f.moneyAtStake()).isEqualByComparingTo("50");
                })
                .anySatisfy(f -> {
                    assertThat(f.subscriptionId()).isEqualTo(liveButNotBilled);
                    assertThat(f.direction()).isEqualTo(Direction.UNDER_BILLING);
                    assertThat(f.moneyAtStake()).isEqualByComparingTo("40");
                });
    }

    @Test
    void shouldFindUnmappedAccountsAndSubscriptionsWithoutAnOpenContract() {
        long unmapped = fx.anAccount(provider, null, "Fabrikam");
        long closedContract = fx.aContract(customer);
        long held = fx.aSubscription(closedContract, provider).product(product)
                .synced(account, "s-1", 5, "active", NOW).insert();
        fx.db.dsl().update(org.seatkeeper.db.jooq.Tables.BILLING_CONTRACT)
                .set(org.seatkeeper.db.jooq.Tables.BILLING_CONTRACT.STATUS, "CLOSED")
                .where(org.seatkeeper.db.jooq.Tables.BILLING_CONTRACT.ID.eq(closedContract)).execute();
        synced("s-2", 5, 5, "active");

        fx.reconcile(TODAY);

        assertThat(fx.open(CheckKind.UNMAPPED)).hasSize(2)
                .anySatisfy(f -> {
                    assertThat(f.providerAccountId()).isEqualTo(unmapped);
                    assertThat(f.subjectName()).isEqualTo("Fabrikam");
                    assertThat(f.customerId()).isNull();
                })
                .anySatisfy(f -> {
                    assertThat(f.subscriptionId()).isEqualTo(held);
                    assertThat(f.detail()).contains("contract is closed");
                });
    }

    @Test
    void shouldFindAGhostOfAnAccountTheProviderNoLongerReports() {
        long ghost = fx.aSubscription(contract, provider).product(product)
                .synced(account, "s-1", 5, "active", NOW.minus(Duration.ofDays(2))).insert();
        fx.db.dsl().update(PROVIDER_ACCOUNT).set(PROVIDER_ACCOUNT.STATUS, "INACTIVE")
                .where(PROVIDER_ACCOUNT.ID.eq(account)).execute();
        // an unchanged subscription of an account still reported, last written two nights ago, is no ghost
        long pax8 = fx.aProvider("Pax8", true);
        fx.aSubscription(contract, pax8).product(product)
                .synced(fx.anAccount(pax8, customer, "Contoso (Pax8)"), "s-2", 5, "active", NOW.minus(Duration.ofDays(2)))
                .insert();
        // a manual subscription is never a ghost: nobody syncs it
        fx.aSubscription(contract, fx.aProvider("Manual", false)).product(product).insert();

        fx.reconcile(TODAY);

        assertThat(fx.open(CheckKind.GHOST)).singleElement().satisfies(f -> {
            assertThat(f.subscriptionId()).isEqualTo(ghost);
            assertThat(f.direction()).isEqualTo(Direction.OVER_BILLING);
            assertThat(f.moneyAtStake()).isEqualByComparingTo("50");
            assertThat(f.detail()).isEqualTo("The provider no longer reports the customer's account");
        });
    }

    @Test
    void shouldFindMissingPriceProductAndEffectiveDate() {
        long noPrice = fx.aSubscription(contract, provider).product(fx.aProduct("NEW:0001", null)).insert();
        long noProduct = fx.aSubscription(contract, provider).insert();
        long noDate = fx.aSubscription(contract, provider).product(product).noEffectiveDate().insert();
        fx.aSubscription(contract, provider).product(product).insert();

        fx.reconcile(TODAY);

        assertThat(fx.open(CheckKind.MISSING_DATA)).hasSize(3)
                .anySatisfy(f -> assertThat(f.subscriptionId()).isEqualTo(noPrice))
                .anySatisfy(f -> {
                    assertThat(f.subscriptionId()).isEqualTo(noProduct);
                    assertThat(f.detail()).contains("no product").contains("no price").contains("no currency");
                })
                .anySatisfy(f -> {
                    assertThat(f.subscriptionId()).isEqualTo(noDate);
                    assertThat(f.detail()).isEqualTo("no effective date; ");
                    assertThat(f.direction()).isEqualTo(Direction.DATA);
                });
    }

    @Test
    void shouldSkipPsaAndTenantUsageChecksWithAReasonUntilTheirDataExists() {
        fx.reconcile(TODAY);

        var runs = new MismatchHistoryRepository(fx.db.dsl(), fx.clock).checkRuns();
        assertThat(runs).anySatisfy(r -> {
            assertThat(r.check()).isEqualTo(CheckKind.UNASSIGNED);
            assertThat(r.skipped()).isTrue();
            assertThat(r.skipReason()).isEqualTo("no tenant usage data yet");
        }).anySatisfy(r -> {
            assertThat(r.check()).isEqualTo(CheckKind.PSA_VS_SEATKEEPER);
            assertThat(r.skipReason()).isEqualTo("no PSA billing data yet");
        }).anySatisfy(r -> {
            assertThat(r.check()).isEqualTo(CheckKind.LOG_INTEGRITY);
            assertThat(r.skipped()).isFalse();
        });
    }

    @Test
    void shouldUpdateAFindingNightAfterNightAndResolveItWhenItIsGone() {
        // given a finding that a person acknowledged
        long sub = synced("s-1", 5, 8, "active");
        fx.reconcile(TODAY.minusDays(1));
        Finding first = fx.open(CheckKind.PROVIDER_VS_SEATKEEPER).get(0);
        new org.seatkeeper.db.mismatch.MismatchFindingRepository(fx.db.dsl(), fx.clock)
                .acknowledge(first.id(), "anna", "Customer confirmed 8 seats, invoice next month");

        // when the next night finds it again: the same finding, still acknowledged, not a duplicate
        fx.reconcile(TODAY);
        assertThat(fx.open(CheckKind.PROVIDER_VS_SEATKEEPER)).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo(first.id());
            assertThat(f.firstSeenOn()).isEqualTo(TODAY.minusDays(1));
            assertThat(f.lastSeenOn()).isEqualTo(TODAY);
            assertThat(f.acknowledgedBy()).isEqualTo("anna");
        });

        // then once the quantities agree, the next run resolves it
        fx.db.dsl().update(org.seatkeeper.db.jooq.Tables.SUBSCRIPTION)
                .set(org.seatkeeper.db.jooq.Tables.SUBSCRIPTION.PROVIDER_QUANTITY, 5)
                .where(org.seatkeeper.db.jooq.Tables.SUBSCRIPTION.ID.eq(sub)).execute();
        fx.reconcile(TODAY.plusDays(1));
        assertThat(fx.open(CheckKind.PROVIDER_VS_SEATKEEPER)).isEmpty();
        assertThat(fx.findings.find(first.id()).orElseThrow().resolvedAt()).isNotNull();
        var nights = new MismatchHistoryRepository(fx.db.dsl(), fx.clock).nights(TODAY.minusDays(1), TODAY.plusDays(1));
        assertThat(nights).extracting(n -> n.openFindings()).containsExactly(1, 1, 0);
        assertThat(nights.get(0).moneyByCurrency().get("EUR")).isEqualByComparingTo("30");
        assertThat(nights.get(2).resolvedFindings()).isEqualTo(1);
    }
}
