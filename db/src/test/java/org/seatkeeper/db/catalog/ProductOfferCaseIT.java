package org.seatkeeper.db.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.db.Database;

/** Offer ids are one offer whatever their case, for the product form, the CSV import and the sync alike. */
class ProductOfferCaseIT {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T08:00:00Z"), ZoneOffset.UTC);
    private final Database db = Database.openInMemory();
    private final ProductRepository products = new ProductRepository(db.dsl(), clock);

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void shouldFindTheProductOfAnOfferTypedInAnotherCase() {
        // given
        long id = products.insert(new NewProduct(key("CFQ7TTC0LF8Q:0001"), "E1", new BigDecimal("10"), null));

        // then
        assertThat(products.findByKeyIgnoringCase(key("cfq7ttc0lf8q:0001"))).map(Product::id).contains(id);
        assertThat(products.findByKeyIgnoringCase(new ProductKey("cfq7ttc0lf8q:0001", Term.P1Y, BillingCycle.ANNUAL,
                "USD"))).isEmpty();
        assertThat(products.findByOffersIgnoringCase(List.of("cfq7ttc0lf8q:0001"), "USD"))
                .containsOnlyKeys("CFQ7TTC0LF8Q:0001");
        assertThat(products.findByOffersIgnoringCase(List.of("cfq7ttc0lf8q:0001"), "EUR")).isEmpty();
    }

    @Test
    void shouldLetTheSyncUseTheProductOfAnOfferInAnotherCaseInsteadOfAddingOne() {
        // given
        long id = products.insert(new NewProduct(key("CFQ7TTC0LF8Q:0001"), "E1", new BigDecimal("10"), null));

        // when
        long synced = products.ensureFromSync("cfq7ttc0lf8q:0001", "E1 (sync)", Term.P1M, BillingCycle.MONTHLY, "USD");

        // then
        assertThat(synced).isEqualTo(id);
        assertThat(products.count(ProductFilter.none())).isEqualTo(1);
    }

    @Test
    void shouldAddOneProductForAnOfferListedInTwoCasesInTheSameChunk() {
        // when one sync chunk brings the same new offer twice, in two cases
        var ids = products.ensureFromSync(List.of(
                NewProduct.fromSync("cfq7ttc0lf8q:0001", "E1", Term.P1M, BillingCycle.MONTHLY, "USD"),
                NewProduct.fromSync("CFQ7TTC0LF8Q:0001", "E1", Term.P1M, BillingCycle.MONTHLY, "USD")));

        // then it is one product, and both spellings lead to it
        assertThat(products.count(ProductFilter.none())).isEqualTo(1);
        assertThat(ids.get(key("cfq7ttc0lf8q:0001"))).isNotNull().isEqualTo(ids.get(key("CFQ7TTC0LF8Q:0001")));
    }

    private static ProductKey key(String offerId) {
        return new ProductKey(offerId, Term.P1M, BillingCycle.MONTHLY, "USD");
    }
}
