package org.seatkeeper.db.psabilling;

import static org.seatkeeper.db.jooq.Tables.PRODUCT;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.seatkeeper.db.usage.SkuMapping;
import org.seatkeeper.db.usage.SkuMappingRepository;

/**
 * Seatkeeper's own list price and cost of the products a billing profile bills (a product matches a SKU term when its
 * offer id is one of the SKU's mappings and its term is the term): what a new profile's price and cost default to.
 */
public final class SeatkeeperPrices {

    private final DSLContext dsl;
    private final SkuMappingRepository mappings;

    public SeatkeeperPrices(DSLContext dsl) {
        this.dsl = dsl;
        this.mappings = new SkuMappingRepository(dsl);
    }

    /** @param listPrice null when no matching product has one; likewise {@code unitCost} */
    public record Price(BigDecimal listPrice, BigDecimal unitCost, String currency, String productName) {
    }

    /** The first matching product (by name) in {@code currency} with a list price, else any with a cost. */
    public Optional<Price> of(Set<SkuTerm> skus, String currency) {
        if (skus.isEmpty()) {
            return Optional.empty();
        }
        Set<String> skuIds = skus.stream().map(SkuTerm::skuId).collect(Collectors.toSet());
        List<SkuMapping> relevant = mappings.list().stream().filter(m -> skuIds.contains(m.skuId().toLowerCase(java.util.Locale.ROOT))).toList();
        Set<String> terms = skus.stream().map(SkuTerm::term).collect(Collectors.toSet());
        return dsl.select(PRODUCT.OFFER_ID, PRODUCT.TERM, PRODUCT.LIST_PRICE, PRODUCT.UNIT_COST, PRODUCT.CURRENCY, PRODUCT.NAME)
                .from(PRODUCT)
                .where(PRODUCT.TERM.in(terms))
                .and(PRODUCT.CURRENCY.eq(currency))
                .and(PRODUCT.LIST_PRICE.isNotNull().or(PRODUCT.UNIT_COST.isNotNull()))
                .orderBy(DSL.when(PRODUCT.LIST_PRICE.isNull(), 1).otherwise(0), PRODUCT.NAME, PRODUCT.ID)
                .fetch().stream()
                .filter(r -> relevant.stream().anyMatch(m -> m.matches(r.value1())
                        && skus.contains(new SkuTerm(m.skuId(), r.value2()))))
                .findFirst()
                .map(r -> new Price(r.value3(), r.value4(), r.value5(), r.value6()));
    }
}
