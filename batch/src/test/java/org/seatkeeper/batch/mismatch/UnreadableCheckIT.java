package org.seatkeeper.batch.mismatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seatkeeper.batch.mismatch.MismatchFixtures.NOW;
import static org.seatkeeper.batch.mismatch.MismatchFixtures.TODAY;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.db.mismatch.CheckKind;
import org.seatkeeper.db.mismatch.Direction;
import org.seatkeeper.db.mismatch.SubjectType;
import org.seatkeeper.db.subscriptionsync.UnreadableSubscription;
import org.seatkeeper.db.subscriptionsync.UnreadableSubscriptionRepository;
import org.springframework.batch.core.BatchStatus;

/** "Provider data unreadable": raised while a sync cannot read a record, resolved once one reads it again. */
class UnreadableCheckIT {

    private final MismatchFixtures fx = new MismatchFixtures();
    private final UnreadableSubscriptionRepository unreadable = new UnreadableSubscriptionRepository(fx.db.dsl());
    private final long provider = fx.aProvider("Partner Center", true);
    private final long customer = fx.aCustomer("Contoso");
    private final long contract = fx.aContract(customer);
    private final long account = fx.anAccount(provider, customer, "Contoso Ltd");
    private final long product = fx.aProduct("CFQ7TTC0LF8R:0001", new BigDecimal("10.0000"));

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void shouldRaiseAFindingForASubscriptionWhoseRecordCouldNotBeReadUntilASyncReadsItAgain() {
        // given: tonight's sync could not read s-1's record; s-2 was read
        long held = synced("s-1");
        synced("s-2");
        sync(new UnreadableSubscription(provider, account, "s-1", "unreadable date: 2026-13-45"));

        // when
        assertThat(fx.reconcile(TODAY)).isEqualTo(BatchStatus.COMPLETED);

        // then
        assertThat(fx.open(CheckKind.UNREADABLE)).singleElement().satisfies(f -> {
            assertThat(f.subjectType()).isEqualTo(SubjectType.SUBSCRIPTION);
            assertThat(f.subscriptionId()).isEqualTo(held);
            assertThat(f.customerName()).isEqualTo("Contoso");
            assertThat(f.direction()).isEqualTo(Direction.DATA);
            assertThat(f.detail()).contains("could not be read (unreadable date: 2026-13-45)");
        });

        // and when the next sync reads it again
        sync();
        fx.reconcile(TODAY.plusDays(1));

        // then
        assertThat(fx.open(CheckKind.UNREADABLE)).isEmpty();
    }

    @Test
    void shouldRaiseOneFindingPerAccountForRecordsThatStandForNoSubscriptionWeHold() {
        // given: a record without a readable id and a new subscription whose record is unreadable
        synced("s-1");
        sync(new UnreadableSubscription(provider, account, null, "unknown status 'frozen'"),
                new UnreadableSubscription(provider, account, "s-new", "unreadable date: x"));

        // when
        fx.reconcile(TODAY);

        // then
        assertThat(fx.open(CheckKind.UNREADABLE)).singleElement().satisfies(f -> {
            assertThat(f.subjectType()).isEqualTo(SubjectType.PROVIDER_ACCOUNT);
            assertThat(f.providerAccountId()).isEqualTo(account);
            assertThat(f.detail()).contains("lists 2 subscription record(s) of this account that could not be read");
        });
    }

    @Test
    void shouldWriteNothingWhenTheSameRecordsAreUnreadableAgain() {
        // given
        UnreadableSubscription bad = new UnreadableSubscription(provider, account, "s-1", "unreadable date: x");
        sync(bad);

        // when / then
        assertThat(fx.db.transactions().inTransaction(() -> unreadable.replace(List.of(account), List.of(bad), NOW)))
                .isZero();
        assertThat(unreadable.all()).containsExactly(bad);
    }

    private long synced(String external) {
        return fx.aSubscription(contract, provider).product(product).quantity(5)
                .synced(account, external, 5, "active", NOW.minusSeconds(3600)).insert();
    }

    /** What a sync of the account stores: exactly these records could not be read. */
    private void sync(UnreadableSubscription... found) {
        fx.db.transactions().run(() -> unreadable.replace(List.of(account), List.of(found), NOW));
    }
}
