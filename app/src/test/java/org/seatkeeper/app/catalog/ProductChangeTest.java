package org.seatkeeper.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.seatkeeper.db.audit.AuditAction;
import org.seatkeeper.db.catalog.BillingCycle;
import org.seatkeeper.db.catalog.Product;
import org.seatkeeper.db.catalog.ProductDetails;
import org.seatkeeper.db.catalog.Term;

class ProductChangeTest {

    private final Product stored = new Product(7, "OFFER-1", "Teams", Term.P1M, BillingCycle.MONTHLY, "EUR",
            new BigDecimal("10.5000"), null, false, Instant.EPOCH, 3);

    @Test
    void shouldSeeNoChangeWhenTheAmountsDifferOnlyInTheirScale() {
        ProductChange change = new ProductChange(stored, new ProductDetails("Teams", new BigDecimal("10.5"), null));

        assertThat(change.any()).isFalse();
    }

    @Test
    void shouldAuditARenameWithTheNameAlone() {
        ProductChange change = new ProductChange(stored, new ProductDetails("Teams Essentials",
                new BigDecimal("10.50"), null));

        assertThat(change.renamed()).isTrue();
        assertThat(change.repriced()).isFalse();
        assertThat(change.action()).isEqualTo(AuditAction.UPDATE);
        assertThat(change.summary()).isEqualTo("Renamed product Teams (OFFER-1) to Teams Essentials");
        assertThat(change.beforeState().json()).isEqualTo("{\"name\":\"Teams\"}");
        assertThat(change.afterState().json()).isEqualTo("{\"name\":\"Teams Essentials\"}");
    }

    @Test
    void shouldAuditNewAmountsAsPriceEditsAlwaysWere() {
        ProductChange change = new ProductChange(stored, new ProductDetails("Teams", new BigDecimal("11"),
                new BigDecimal("9")));

        assertThat(change.action()).isEqualTo(AuditAction.CHANGE_PRICE);
        assertThat(change.summary()).isEqualTo("Priced product Teams (OFFER-1): list price 10.50 EUR → 11.00 EUR, "
                + "unit cost none → 9.00 EUR");
        assertThat(change.beforeState().json()).isEqualTo("{\"currency\":\"EUR\",\"listPrice\":\"10.50\",\"unitCost\":null}");
        assertThat(change.afterState().json())
                .isEqualTo("{\"currency\":\"EUR\",\"listPrice\":\"11.00\",\"unitCost\":\"9.00\"}");
    }

    @Test
    void shouldAuditANewNameAndNewAmountsAsOneChange() {
        ProductChange change = new ProductChange(stored, new ProductDetails("Teams Premium", new BigDecimal("11"),
                null));

        assertThat(change.summary()).isEqualTo("Renamed product Teams (OFFER-1) to Teams Premium; list price "
                + "10.50 EUR → 11.00 EUR, unit cost none → none");
        assertThat(change.afterState().json()).isEqualTo("{\"name\":\"Teams Premium\",\"currency\":\"EUR\","
                + "\"listPrice\":\"11.00\",\"unitCost\":null}");
    }

    @Test
    void shouldGroupThousandsInTheSummaryButNotInTheStoredState() {
        ProductChange change = new ProductChange(stored, new ProductDetails("Teams", new BigDecimal("1250.5"),
                new BigDecimal("1100.1234")));

        assertThat(change.summary()).isEqualTo("Priced product Teams (OFFER-1): list price 10.50 EUR → 1,250.50 EUR, "
                + "unit cost none → 1,100.1234 EUR");
        assertThat(change.afterState().json())
                .isEqualTo("{\"currency\":\"EUR\",\"listPrice\":\"1250.50\",\"unitCost\":\"1100.1234\"}");
    }
}
