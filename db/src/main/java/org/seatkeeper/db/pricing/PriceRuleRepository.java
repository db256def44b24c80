package org.seatkeeper.db.pricing;

import static org.seatkeeper.db.jooq.Tables.FIXED_PRICE;
import static org.seatkeeper.db.jooq.Tables.PRICE_RULE;
import static org.seatkeeper.db.jooq.Tables.PRODUCT;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.TableField;
import org.seatkeeper.db.OptimisticLockException;
import org.seatkeeper.db.catalog.Money;
import org.seatkeeper.db.jooq.tables.records.FixedPriceRecord;
import org.seatkeeper.db.jooq.tables.records.PriceRuleRecord;

/**
 * Price rules and fixed prices, per provider or contract. Reads for the evaluation ({@link #findAll()},
 * {@link #findFor}) and a person's edits, each refused when someone changed the row since it was read. No transaction
 * code: callers write the audit entry in the same transaction.
 */
public final class PriceRuleRepository {

    private final DSLContext dsl;
    private final Clock clock;

    public PriceRuleRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Every rule and fixed price: a few per provider and contract, read once per sync chunk or re-pricing. */
    public PriceRuleSet findAll() {
        return new PriceRuleSet(dsl.selectFrom(PRICE_RULE).orderBy(PRICE_RULE.ID).fetch(PriceRuleRepository::toRule),
                dsl.selectFrom(FIXED_PRICE).orderBy(FIXED_PRICE.ID).fetch(PriceRuleRepository::toFixedPrice));
    }

    /** The rules and fixed prices that can price subscriptions of these providers and contracts. */
    public PriceRuleSet findFor(Collection<Long> providerIds, Collection<Long> contractIds) {
        return new PriceRuleSet(
                dsl.selectFrom(PRICE_RULE)
                        .where(PRICE_RULE.PROVIDER_ID.in(providerIds).or(PRICE_RULE.CONTRACT_ID.in(contractIds)))
                        .orderBy(PRICE_RULE.ID)
                        .fetch(PriceRuleRepository::toRule),
                dsl.selectFrom(FIXED_PRICE)
                        .where(FIXED_PRICE.PROVIDER_ID.in(providerIds).or(FIXED_PRICE.CONTRACT_ID.in(contractIds)))
                        .orderBy(FIXED_PRICE.ID)
                        .fetch(PriceRuleRepository::toFixedPrice));
    }

    public Optional<PriceRule> findRule(PriceScope scope) {
        return dsl.selectFrom(PRICE_RULE).where(ruleOf(scope)).fetchOptional(PriceRuleRepository::toRule);
    }

    public Optional<FixedPrice> findFixedPrice(long id) {
        return dsl.selectFrom(FIXED_PRICE).where(FIXED_PRICE.ID.eq(id)).fetchOptional(PriceRuleRepository::toFixedPrice);
    }

    public Optional<FixedPrice> findFixedPrice(PriceScope scope, long productId) {
        return dsl.selectFrom(FIXED_PRICE)
                .where(fixedPricesOf(scope))
                .and(FIXED_PRICE.PRODUCT_ID.eq(productId))
                .fetchOptional(PriceRuleRepository::toFixedPrice);
    }

    /** A scope's fixed prices with their products, by product name. */
    public List<FixedPriceLine> findFixedPriceLines(PriceScope scope) {
        return dsl.select(FIXED_PRICE.asterisk(), PRODUCT.NAME, PRODUCT.OFFER_ID, PRODUCT.TERM, PRODUCT.BILLING_CYCLE)
                .from(FIXED_PRICE)
                .join(PRODUCT).on(PRODUCT.ID.eq(FIXED_PRICE.PRODUCT_ID))
                .where(fixedPricesOf(scope))
                .orderBy(PRODUCT.NAME, PRODUCT.TERM, FIXED_PRICE.ID)
                .fetch(r -> new FixedPriceLine(toFixedPrice(r), r.get(PRODUCT.NAME), r.get(PRODUCT.OFFER_ID),
                        r.get(PRODUCT.TERM), r.get(PRODUCT.BILLING_CYCLE)));
    }

    /** The scope's first rule. */
    public void insertRule(PriceScope scope, PriceBasis basis, BigDecimal markupPercent, String username) {
        dsl.insertInto(PRICE_RULE)
                .set(scopeColumn(scope, PRICE_RULE.PROVIDER_ID, PRICE_RULE.CONTRACT_ID), scope.id())
                .set(PRICE_RULE.BASIS, basis.name())
                .set(PRICE_RULE.MARKUP_PERCENT, markupPercent)
                .set(PRICE_RULE.UPDATED_BY, username)
                .set(PRICE_RULE.UPDATED_AT, clock.instant())
                .execute();
    }

    public void updateRule(long id, PriceBasis basis, BigDecimal markupPercent, String username, int expectedVersion) {
        checkOne(dsl.update(PRICE_RULE)
                .set(PRICE_RULE.BASIS, basis.name())
                .set(PRICE_RULE.MARKUP_PERCENT, markupPercent)
                .set(PRICE_RULE.UPDATED_BY, username)
                .set(PRICE_RULE.UPDATED_AT, clock.instant())
                .set(PRICE_RULE.VERSION, PRICE_RULE.VERSION.plus(1))
                .where(PRICE_RULE.ID.eq(id))
                .and(PRICE_RULE.VERSION.eq(expectedVersion))
                .execute(), "This price rule");
    }

    public void deleteRule(long id, int expectedVersion) {
        checkOne(dsl.deleteFrom(PRICE_RULE)
                .where(PRICE_RULE.ID.eq(id))
                .and(PRICE_RULE.VERSION.eq(expectedVersion))
                .execute(), "This price rule");
    }

    public long insertFixedPrice(PriceScope scope, long productId, Money price, String username) {
        return dsl.insertInto(FIXED_PRICE)
                .set(scopeColumn(scope, FIXED_PRICE.PROVIDER_ID, FIXED_PRICE.CONTRACT_ID), scope.id())
                .set(FIXED_PRICE.PRODUCT_ID, productId)
                .set(FIXED_PRICE.UNIT_PRICE, price.amount())
                .set(FIXED_PRICE.CURRENCY, price.currency())
                .set(FIXED_PRICE.UPDATED_BY, username)
                .set(FIXED_PRICE.UPDATED_AT, clock.instant())
                .returning(FIXED_PRICE.ID)
                .fetchOne(FIXED_PRICE.ID);
    }

    public void updateFixedPrice(long id, Money price, String username, int expectedVersion) {
        checkOne(dsl.update(FIXED_PRICE)
                .set(FIXED_PRICE.UNIT_PRICE, price.amount())
                .set(FIXED_PRICE.CURRENCY, price.currency())
                .set(FIXED_PRICE.UPDATED_BY, username)
                .set(FIXED_PRICE.UPDATED_AT, clock.instant())
                .set(FIXED_PRICE.VERSION, FIXED_PRICE.VERSION.plus(1))
                .where(FIXED_PRICE.ID.eq(id))
                .and(FIXED_PRICE.VERSION.eq(expectedVersion))
                .execute(), "This fixed price");
    }

    public void deleteFixedPrice(long id, int expectedVersion) {
        checkOne(dsl.deleteFrom(FIXED_PRICE)
                .where(FIXED_PRICE.ID.eq(id))
                .and(FIXED_PRICE.VERSION.eq(expectedVersion))
                .execute(), "This fixed price");
    }

    private static Condition ruleOf(PriceScope scope) {
        return scope.kind() == PriceScope.Kind.PROVIDER ? PRICE_RULE.PROVIDER_ID.eq(scope.id())
                : PRICE_RULE.CONTRACT_ID.eq(scope.id());
    }

    private static Condition fixedPricesOf(PriceScope scope) {
        return scope.kind() == PriceScope.Kind.PROVIDER ? FIXED_PRICE.PROVIDER_ID.eq(scope.id())
                : FIXED_PRICE.CONTRACT_ID.eq(scope.id());
    }

    private static <R extends Record> TableField<R, Long> scopeColumn(PriceScope scope, TableField<R, Long> provider,
                                                                     TableField<R, Long> contract) {
        return scope.kind() == PriceScope.Kind.PROVIDER ? provider : contract;
    }

    private static void checkOne(int rows, String what) {
        if (rows == 0) {
            throw new OptimisticLockException(what);
        }
    }

    private static PriceScope scopeOf(Long providerId, Long contractId) {
        return providerId != null ? PriceScope.provider(providerId) : PriceScope.contract(contractId);
    }

    private static PriceRule toRule(PriceRuleRecord r) {
        return new PriceRule(r.getId(), scopeOf(r.getProviderId(), r.getContractId()), PriceBasis.valueOf(r.getBasis()),
                r.getMarkupPercent(), r.getUpdatedBy(), r.getUpdatedAt(), r.getVersion());
    }

    private static FixedPrice toFixedPrice(Record r) {
        FixedPriceRecord f = r.into(FIXED_PRICE);
        return new FixedPrice(f.getId(), scopeOf(f.getProviderId(), f.getContractId()), f.getProductId(),
                new Money(f.getUnitPrice(), f.getCurrency().strip()), f.getUpdatedBy(), f.getUpdatedAt(),
                f.getVersion());
    }
}
