package org.seatkeeper.db.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.seatkeeper.db.subscriptions.BillingFixtures.aSubscription;
import static org.seatkeeper.db.subscriptions.BillingFixtures.aSyncedSubscription;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.db.Database;
import org.seatkeeper.db.OptimisticLockException;
import org.seatkeeper.db.catalog.BillingCycle;
import org.seatkeeper.db.catalog.Money;
import org.seatkeeper.db.catalog.NewProduct;
import org.seatkeeper.db.catalog.ProductKey;
import org.seatkeeper.db.catalog.ProductRepository;
import org.seatkeeper.db.catalog.Term;
import org.seatkeeper.db.contracts.BillingContractRepository;
import org.seatkeeper.db.subscriptionsync.NewSyncedSubscription;
import org.seatkeeper.db.subscriptionsync.SubscriptionBulkInsert;
import org.seatkeeper.db.subscriptionsync.SubscriptionSyncRepository;
import org.seatkeeper.db.subscriptionsync.SyncedSubscription;

class SubscriptionRepositoryIT {

    private final Clock clock = Clock.fixed(BillingFixtures.NOW, ZoneOffset.UTC);
    private final Database db = Database.openInMemory();
    private final SubscriptionRepository subscriptions = new SubscriptionRepository(db.dsl(), clock);
    private final SubscriptionSyncRepository sync = new SubscriptionSyncRepository(db.dsl());
    private final SubscriptionBulkInsert inserts = new SubscriptionBulkInsert(db.dsl());
    private final BillingFixtures fixtures = new BillingFixtures(db.dsl(), new BillingContractRepository(db.dsl(), clock));
    private final long customerId = fixtures.aCustomer("Contoso");
    private final long contractId = fixtures.aContract(customerId, "EUR");
    private final long ion = fixtures.aProvider("TD SYNNEX Ion", "ION", true);
    private final long account = fixtures.aProviderAccount(ion, "tenant-1");

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void shouldInsertAChunkAndFindItByExternalIds() {
        // given
        List<NewSyncedSubscription> chunk = IntStream.range(0, 1200)
                .mapToObj(i -> aSyncedSubscription(contractId, ion, account, "sub-" + i, i % 7)).toList();

        // when
        Map<String, Long> ids = inserts.insert(chunk, BillingFixtures.NOW);

        // then
        assertThat(ids).hasSize(1200);
        Map<String, Subscription> found = subscriptions.findByExternalIds(ion, List.of("sub-3", "sub-1199", "nope"));
        assertThat(found).containsOnlyKeys("sub-3", "sub-1199");
        assertThat(found.get("sub-3").quantity()).isEqualTo(3);
        assertThat(found.get("sub-3").id()).isEqualTo(ids.get(SubscriptionBulkInsert.key(account, "sub-3")));
        assertThat(subscriptions.findByExternalId(ion, "sub-1199")).get()
                .extracting(Subscription::createdAt, Subscription::providerQuantity, Subscription::providerStatus)
                .containsExactly(BillingFixtures.NOW, 1199 % 7, "active");
    }

    @Test
    void shouldWriteSyncedStateInOneBatch() {
        // given
        Map<String, Long> ids = inserts.insert(List.of(aSyncedSubscription(contractId, ion, account, "a", 5),
                aSyncedSubscription(contractId, ion, account, "b", 2)), BillingFixtures.NOW);
        long a = ids.get(SubscriptionBulkInsert.key(account, "a"));
        long b = ids.get(SubscriptionBulkInsert.key(account, "b"));
        Instant syncedAt = BillingFixtures.NOW.plusSeconds(3600);
        SubscriptionTerms renewed = new SubscriptionTerms(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), true,
                LocalDate.of(2027, 1, 7), 3);

        // when
        sync.updateFromSync(List.of(new SyncedSubscription(a, null, "Renamed", 8,
                SubscriptionState.SUSPENDED, renewed, 8, "Suspended", syncedAt)));

        // then
        assertThat(subscriptions.findById(a).orElseThrow()).extracting(Subscription::name, Subscription::quantity,
                        Subscription::status, Subscription::termEndDate, Subscription::providerQuantity,
                        Subscription::providerStatus, Subscription::lastSyncedAt, Subscription::version)
                .containsExactly("Renamed", 8, SubscriptionState.SUSPENDED, LocalDate.of(2027, 12, 31), 8,
                        "Suspended", syncedAt, 1);
        assertThat(subscriptions.findById(b).orElseThrow()).extracting(Subscription::name,
                        Subscription::lastSyncedAt, Subscription::version)
                .containsExactly("Microsoft 365 Business Premium", BillingFixtures.NOW, 0);
    }

    @Test
    void shouldRefuseAStaleQuantityUpdate() {
        // given
        long id = subscriptions.insert(aSubscription(contractId, ion, "x", 5));
        subscriptions.updateState(id, 6, SubscriptionState.ACTIVE, 0);

        // when / then
        assertThatThrownBy(() -> subscriptions.updateState(id, 7, SubscriptionState.ACTIVE, 0))
                .isInstanceOf(OptimisticLockException.class);
        assertThat(subscriptions.findById(id)).get().extracting(Subscription::quantity).isEqualTo(6);
    }

    @Test
    void shouldShowAContractsSubscriptionsWithPriceCostAndMargin() {
        // given
        ProductRepository products = new ProductRepository(db.dsl(), clock);
        long productId = products.insert(new NewProduct(new ProductKey("CFQ7TTC0LCHC:0002:P1Y", Term.P1Y,
                BillingCycle.MONTHLY, "EUR"), "Microsoft 365 E3", new BigDecimal("33.70"), new BigDecimal("30.33")));
        // priced as the rules price it without a rule (the list price), and one a person priced
        long withProductPrice = subscriptions.insert(withProduct(aSubscription(contractId, ion, "p", 10), productId,
                new BigDecimal("33.70")));
        long withOwnPrice = subscriptions.insert(withProduct(aSubscription(contractId, ion, "o", 2), productId,
                new BigDecimal("35.00")));

        // when
        List<SubscriptionLine> lines = subscriptions.findByContract(contractId);

        // then
        SubscriptionLine first = lines.stream().filter(l -> l.subscription().id() == withProductPrice).findFirst()
                .orElseThrow();
        assertThat(first.productName()).isEqualTo("Microsoft 365 E3");
        assertThat(first.total()).contains(Money.of("337.00", "EUR"));
        assertThat(first.margin()).contains(Money.of("33.70", "EUR"));
        SubscriptionLine second = lines.stream().filter(l -> l.subscription().id() == withOwnPrice).findFirst()
                .orElseThrow();
        assertThat(second.unitPrice()).contains(Money.of("35.00", "EUR"));
        assertThat(second.margin()).contains(Money.of("9.34", "EUR"));
    }

    @Test
    void shouldTellWhoseASubscriptionIs() {
        // given
        long id = subscriptions.insert(aSubscription(contractId, ion, "x", 1));

        // when
        SubscriptionOwner owner = subscriptions.findOwner(id).orElseThrow();

        // then
        assertThat(owner).extracting(SubscriptionOwner::customerId, SubscriptionOwner::customerName,
                        SubscriptionOwner::providerKind, SubscriptionOwner::providerAutomatic, SubscriptionOwner::manual)
                .containsExactly(customerId, "Contoso", "ION", true, false);
    }

    private static NewSubscription withProduct(NewSubscription s, long productId, BigDecimal unitPrice) {
        return new NewSubscription(s.contractId(), s.providerId(), productId, s.providerAccountId(), s.externalId(),
                s.name(), s.quantity(), s.status(), s.terms(), unitPrice, s.currency());
    }
}
