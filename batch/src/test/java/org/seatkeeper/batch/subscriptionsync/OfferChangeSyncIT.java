package org.seatkeeper.batch.subscriptionsync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seatkeeper.batch.subscriptionsync.SubscriptionSyncFixture.NIGHT_ONE;
import static org.seatkeeper.db.jooq.Tables.LICENSE_CHANGE;
import static org.seatkeeper.db.jooq.Tables.PRODUCT;
import static org.seatkeeper.db.jooq.Tables.SUBSCRIPTION;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.seatkeeper.db.jooq.tables.records.LicenseChangeRecord;
import org.seatkeeper.db.jooq.tables.records.ProductRecord;
import org.seatkeeper.db.jooq.tables.records.SubscriptionRecord;
import org.seatkeeper.emulator.Api;
import org.seatkeeper.emulator.SubscriptionView;

/**
 * An offer, SKU or term the provider changes re-points the subscription to the matching product (added to the
 * catalog when new) with one PRODUCT_CHANGE event; the next night is quiet. Partner Center through the emulator.
 */
class OfferChangeSyncIT {

    private static final LocalDate NIGHT_TWO = NIGHT_ONE.plusDays(1);

    @Test
    void shouldRepointASubscriptionToTheProductOfItsNewOfferWithAProductChangeEvent() {
        try (SubscriptionSyncFixture f = new SubscriptionSyncFixture(2, 3)) {
            // given: a synced night; then the provider moves one subscription to another SKU, monthly
            f.syncAccounts(NIGHT_ONE);
            f.mapAccounts(2);
            f.syncSubscriptions(NIGHT_ONE);
            SubscriptionRecord before = active(f);
            String otherOffer = otherCatalogCode(f, before);
            f.emulator.control().changeOffer(Api.PARTNER_CENTER, before.getExternalId(), otherOffer, "P1M", null);
            SubscriptionView now = f.emulator.control().subscription(Api.PARTNER_CENTER, before.getExternalId());
            int events = f.events();

            // when
            f.syncSubscriptions(NIGHT_TWO);

            // then: it points at the new offer's monthly product, and one event says so
            SubscriptionRecord after = row(f, before.getId());
            ProductRecord product = f.db.dsl().selectFrom(PRODUCT).where(PRODUCT.ID.eq(after.getProductId()))
                    .fetchSingle();
            assertThat(after.getProductId()).isNotEqualTo(before.getProductId());
            assertThat(product.getOfferId()).isEqualToIgnoringCase(now.offerId());
            assertThat(product.getTerm()).isEqualTo("P1M");
            assertThat(after.getQuantity()).isEqualTo(before.getQuantity());
            assertThat(f.events()).isEqualTo(events + 1);
            LicenseChangeRecord change = lastEvent(f, before.getId());
            assertThat(change.getEventType()).isEqualTo("PRODUCT_CHANGE");
            assertThat(change.getQuantityChange()).isZero();
            assertThat(change.getQuantityAfter()).isEqualTo(before.getQuantity());
            assertThat(change.getEffectiveDate()).isEqualTo(NIGHT_TWO);
            assertThat(change.getProductId()).isEqualTo(after.getProductId());
            assertThat(change.getNote()).startsWith("The provider changed the offer: ").contains("P1M");
            // and carries the new product's price (its list price: no price rule) and cost, the subscription's from now on
            assertThat(after.getUnitPrice()).isEqualByComparingTo(product.getListPrice())
                    .isNotEqualByComparingTo(before.getUnitPrice());
            assertThat(after.getUnitCost()).isEqualByComparingTo(product.getUnitCost());
            assertThat(change.getUnitPrice()).isEqualByComparingTo(after.getUnitPrice());
            assertThat(change.getUnitCost()).isEqualByComparingTo(after.getUnitCost());
            assertThat(change.getCurrency()).isEqualTo(after.getCurrency());
            assertThat(f.logMismatches()).isZero();

            // and the next night, with no change at the provider, writes nothing
            long versions = f.versionSum();
            f.syncSubscriptions(NIGHT_TWO.plusDays(1));
            assertThat(f.events()).isEqualTo(events + 1);
            assertThat(f.versionSum()).isEqualTo(versions);
        }
    }

    @Test
    void shouldRepointASubscriptionWhoseTermAloneChanged() {
        try (SubscriptionSyncFixture f = new SubscriptionSyncFixture(2, 3)) {
            // given
            f.syncAccounts(NIGHT_ONE);
            f.mapAccounts(2);
            f.syncSubscriptions(NIGHT_ONE);
            SubscriptionRecord before = active(f);
            String term = f.db.dsl().select(PRODUCT.TERM).from(PRODUCT).where(PRODUCT.ID.eq(before.getProductId()))
                    .fetchSingle(PRODUCT.TERM);
            String otherTerm = term.equals("P1M") ? "P1Y" : "P1M";
            f.emulator.control().changeOffer(Api.PARTNER_CENTER, before.getExternalId(), null, otherTerm, null);

            // when
            f.syncSubscriptions(NIGHT_TWO);

            // then
            Long productId = row(f, before.getId()).getProductId();
            assertThat(f.db.dsl().select(PRODUCT.TERM).from(PRODUCT).where(PRODUCT.ID.eq(productId))
                    .fetchSingle(PRODUCT.TERM)).isEqualTo(otherTerm);
            assertThat(lastEvent(f, before.getId()).getEventType()).isEqualTo("PRODUCT_CHANGE");
            assertThat(lastEvent(f, before.getId()).getProductId()).isEqualTo(productId);
        }
    }

    private static SubscriptionRecord active(SubscriptionSyncFixture f) {
        return f.db.dsl().selectFrom(SUBSCRIPTION).where(SUBSCRIPTION.STATUS.eq("ACTIVE")).orderBy(SUBSCRIPTION.ID)
                .limit(1).fetchSingle();
    }

    private static SubscriptionRecord row(SubscriptionSyncFixture f, long id) {
        return f.db.dsl().selectFrom(SUBSCRIPTION).where(SUBSCRIPTION.ID.eq(id)).fetchSingle();
    }

    private static LicenseChangeRecord lastEvent(SubscriptionSyncFixture f, long subscriptionId) {
        return f.db.dsl().selectFrom(LICENSE_CHANGE).where(LICENSE_CHANGE.SUBSCRIPTION_ID.eq(subscriptionId))
                .orderBy(LICENSE_CHANGE.ID.desc()).limit(1).fetchSingle();
    }

    /** A catalog code of the emulator other than the subscription's (Business Basic, or Business Standard). */
    private static String otherCatalogCode(SubscriptionSyncFixture f, SubscriptionRecord s) {
        SubscriptionView view = f.emulator.control().subscription(Api.PARTNER_CENTER, s.getExternalId());
        return "M365-BB".equalsIgnoreCase(view.productCode()) ? "M365-BS" : "M365-BB";
    }
}
