package org.seatkeeper.db.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.db.Database;
import org.seatkeeper.db.OptimisticLockException;

/** A person corrects a product's name and amounts; its key, which the sync matches by, stays as it was. */
class ProductEditsIT {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T08:00:00Z"), ZoneOffset.UTC);
    private final Database db = Database.openInMemory();
    private final ProductRepository products = new ProductRepository(db.dsl(), clock);
    private final ProductEdits edits = new ProductEdits(db.dsl());

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void shouldRenameAndPriceAProductInOneWriteAndKeepTheNameThroughTheNextSync() {
        // given: a product a sync added under the provider's name
        long id = products.ensureFromSync("CFQ7TTC0LF8Q:0001:P1M", "Microsoft 365 Business Basic (NCE COM MTH)",
                Term.P1M, BillingCycle.MONTHLY, "EUR");

        // when
        edits.update(id, new ProductDetails("M365 Business Basic", new BigDecimal("5.10"), new BigDecimal("4.60")), 0);
        long synced = products.ensureFromSync("CFQ7TTC0LF8Q:0001:P1M", "Microsoft 365 Business Basic (NCE COM MTH)",
                Term.P1M, BillingCycle.MONTHLY, "EUR");

        // then
        Product product = products.findById(id).orElseThrow();
        assertThat(synced).isEqualTo(id);
        assertThat(product.name()).isEqualTo("M365 Business Basic");
        assertThat(product.listed()).contains(Money.of("5.10", "EUR"));
        assertThat(product.cost()).contains(Money.of("4.60", "EUR"));
        assertThat(product.priceMissing()).isFalse();
        assertThat(product.key()).isEqualTo(new ProductKey("CFQ7TTC0LF8Q:0001:P1M", Term.P1M, BillingCycle.MONTHLY,
                "EUR"));
        assertThat(product.version()).isEqualTo(1);
    }

    @Test
    void shouldKeepPriceMissingWhenOnlyTheNameIsCorrected() {
        // given
        long id = products.ensureFromSync("offer", "TEAMS ESS", Term.P1Y, BillingCycle.ANNUAL, "USD");

        // when
        edits.update(id, new ProductDetails("Teams Essentials", null, null), 0);

        // then
        assertThat(products.findById(id)).get().extracting(Product::name, Product::priceMissing)
                .containsExactly("Teams Essentials", true);
    }

    @Test
    void shouldRefuseAStaleEditAndLeaveTheProductAsTheOtherPersonSavedIt() {
        // given
        long id = products.ensureFromSync("offer", "Teams", Term.P1M, BillingCycle.MONTHLY, "EUR");
        edits.update(id, new ProductDetails("Teams (first)", BigDecimal.ONE, null), 0);

        // when / then
        assertThatThrownBy(() -> edits.update(id, new ProductDetails("Teams (second)", BigDecimal.TEN, null), 0))
                .isInstanceOf(OptimisticLockException.class);
        assertThat(products.findById(id)).get().extracting(Product::name, Product::version)
                .containsExactly("Teams (first)", 1);
    }

    @Test
    void shouldRefuseABlankName() {
        assertThatThrownBy(() -> new ProductDetails(" ", null, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
