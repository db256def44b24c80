package org.seatkeeper.db.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.db.Database;

class ProductRepositoryIT {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T08:00:00Z"), ZoneOffset.UTC);
    private final Database db = Database.openInMemory();
    private final ProductRepository products = new ProductRepository(db.dsl(), clock);

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void shouldEnsureProductsInBulkInsertingOnlyTheUnknownOnesFlaggedPriceMissing() {
        // given
        long priced = products.insert(new NewProduct(key("offer-1", Term.P1Y), "E3 annual", new BigDecimal("33.70"),
                new BigDecimal("30.00")));
        List<NewProduct> seen = IntStream.range(0, 1100)
                .mapToObj(i -> NewProduct.fromSync("offer-" + (i % 600), "Offer " + i, i < 600 ? Term.P1Y : Term.P1M,
                        BillingCycle.MONTHLY, "EUR"))
                .toList();

        // when
        Map<ProductKey, Long> ids = products.ensureFromSync(seen);

        // then
        assertThat(ids).hasSize(1100);
        assertThat(ids.get(key("offer-1", Term.P1Y))).isEqualTo(priced);
        assertThat(products.findById(priced)).get().extracting(Product::name, Product::priceMissing)
                .containsExactly("E3 annual", false);
        assertThat(products.count(ProductFilter.none())).isEqualTo(1100);
        assertThat(products.count(new ProductFilter(null, null, true))).isEqualTo(1099);
        assertThat(products.findById(ids.get(key("offer-499", Term.P1M)))).get()
                .extracting(Product::term, Product::listPrice, Product::priceMissing)
                .containsExactly(Term.P1M, null, true);
    }

    @Test
    void shouldReturnTheSameIdWhenAnOfferIsEnsuredTwice() {
        // given
        long first = products.ensureFromSync("CFQ7TTC0LF8Q:0001:P1M", "Business Basic", Term.P1M, BillingCycle.MONTHLY, "USD");

        // when
        long second = products.ensureFromSync("CFQ7TTC0LF8Q:0001:P1M", "Other name", Term.P1M, BillingCycle.MONTHLY, "USD");

        // then
        assertThat(second).isEqualTo(first);
        assertThat(products.findByKey(new ProductKey("CFQ7TTC0LF8Q:0001:P1M", Term.P1M, BillingCycle.MONTHLY, "USD")))
                .get().extracting(Product::name).isEqualTo("Business Basic");
    }

    @Test
    void shouldSearchByNameOrOfferAPageAtATime() {
        // given
        products.ensureFromSync(List.of(NewProduct.fromSync("A-1", "Exchange Online", Term.P1Y, BillingCycle.ANNUAL, "EUR"),
                NewProduct.fromSync("B-2", "Teams Essentials", Term.P1Y, BillingCycle.ANNUAL, "EUR"),
                NewProduct.fromSync("C-3", "Teams Premium", Term.P1M, BillingCycle.MONTHLY, "EUR")));

        // when
        List<Product> page = products.search(new ProductFilter("teams", "EUR", false), 0, 1);

        // then
        assertThat(page).extracting(Product::name).containsExactly("Teams Essentials");
        assertThat(products.count(new ProductFilter("b-2", null, false))).isEqualTo(1);
    }

    private static ProductKey key(String offerId, Term term) {
        return new ProductKey(offerId, term, BillingCycle.MONTHLY, "EUR");
    }
}
