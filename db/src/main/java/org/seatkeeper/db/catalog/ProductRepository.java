package org.seatkeeper.db.catalog;

import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.upper;
import static org.seatkeeper.db.jooq.Tables.PRODUCT;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.seatkeeper.db.TextSearch;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep9;
import org.jooq.Record;
import org.seatkeeper.db.jooq.tables.records.ProductRecord;

/**
 * The product catalog. {@link #ensureFromSync(Collection)} is the sync's bulk path: a few queries per chunk. A person's
 * edits of a product are {@link ProductEdits}.
 */
public final class ProductRepository {

    // keeps IN lists and multi-row inserts well below HSQLDB's statement size comfort zone
    private static final int CHUNK = 500;

    private final DSLContext dsl;
    private final Clock clock;

    public ProductRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    public Optional<Product> findById(long id) {
        return dsl.selectFrom(PRODUCT).where(PRODUCT.ID.eq(id)).fetchOptional(ProductRepository::toProduct);
    }

    public Optional<Product> findByKey(ProductKey key) {
        return dsl.selectFrom(PRODUCT)
                .where(PRODUCT.OFFER_ID.eq(key.offerId()))
                .and(PRODUCT.TERM.eq(key.term().name()))
                .and(PRODUCT.BILLING_CYCLE.eq(key.billingCycle().name()))
                .and(PRODUCT.CURRENCY.eq(key.currency()))
                .fetchOptional(ProductRepository::toProduct);
    }

    /**
     * The product with this key, its offer id compared ignoring case (as {@link #ensureFromSync} finds products):
     * "x:2" and "X:2" are one offer. An exact match wins where old data holds both spellings.
     */
    public Optional<Product> findByKeyIgnoringCase(ProductKey key) {
        return dsl.selectFrom(PRODUCT)
                .where(upper(PRODUCT.OFFER_ID).eq(key.offerId().toUpperCase(Locale.ROOT)))
                .and(PRODUCT.TERM.eq(key.term().name()))
                .and(PRODUCT.BILLING_CYCLE.eq(key.billingCycle().name()))
                .and(PRODUCT.CURRENCY.eq(key.currency()))
                .orderBy(PRODUCT.OFFER_ID.eq(key.offerId()).desc(), PRODUCT.ID)
                .limit(1)
                .fetchOptional(ProductRepository::toProduct);
    }

    /**
     * Every product of these offers in one currency, whatever their term and cycle, offer ids compared ignoring case;
     * keyed by the upper-cased offer id. A file that names only the offer (a distributor's CSV) is matched with it.
     */
    public Map<String, List<Product>> findByOffersIgnoringCase(Collection<String> offerIds, String currency) {
        List<String> wanted = offerIds.stream().map(id -> id.toUpperCase(Locale.ROOT)).distinct().toList();
        Map<String, List<Product>> found = new HashMap<>();
        for (int from = 0; from < wanted.size(); from += CHUNK) {
            dsl.selectFrom(PRODUCT)
                    .where(upper(PRODUCT.OFFER_ID).in(wanted.subList(from, Math.min(from + CHUNK, wanted.size()))))
                    .and(PRODUCT.CURRENCY.eq(currency))
                    .orderBy(PRODUCT.ID)
                    .fetch(ProductRepository::toProduct)
                    .forEach(p -> found.computeIfAbsent(p.offerId().toUpperCase(Locale.ROOT), k -> new ArrayList<>())
                            .add(p));
        }
        return found;
    }

    public List<Product> search(ProductFilter filter, int offset, int limit) {
        return dsl.selectFrom(PRODUCT)
                .where(conditionFor(filter))
                .orderBy(PRODUCT.NAME, PRODUCT.TERM, PRODUCT.BILLING_CYCLE, PRODUCT.ID)
                .offset(offset)
                .limit(limit)
                .fetch(ProductRepository::toProduct);
    }

    public int count(ProductFilter filter) {
        return dsl.fetchCount(PRODUCT, conditionFor(filter));
    }

    public long insert(NewProduct product) {
        return dsl.insertInto(PRODUCT)
                .set(PRODUCT.OFFER_ID, product.key().offerId())
                .set(PRODUCT.NAME, product.name())
                .set(PRODUCT.TERM, product.key().term().name())
                .set(PRODUCT.BILLING_CYCLE, product.key().billingCycle().name())
                .set(PRODUCT.CURRENCY, product.key().currency())
                .set(PRODUCT.LIST_PRICE, product.listPrice())
                .set(PRODUCT.UNIT_COST, product.unitCost())
                .set(PRODUCT.PRICE_MISSING, product.priceMissing())
                .set(PRODUCT.CREATED_AT, clock.instant())
                .returning(PRODUCT.ID)
                .fetchOne(PRODUCT.ID);
    }

    /** One offer seen by a sync: its product id, inserting it flagged "price missing" when unknown. */
    public long ensureFromSync(String offerId, String name, Term term, BillingCycle cycle, String currency) {
        NewProduct product = NewProduct.fromSync(offerId, name, term, cycle, currency);
        return ensureFromSync(List.of(product)).get(product.key());
    }

    /**
     * The bulk form for a sync chunk: one select per 500 offers, one multi-row insert for the unknown ones.
     * Existing products keep their name and price; a concurrent insert of the same key is ignored, not an error.
     */
    public Map<ProductKey, Long> ensureFromSync(Collection<NewProduct> products) {
        Map<ProductKey, NewProduct> wanted = new LinkedHashMap<>();
        products.forEach(product -> wanted.putIfAbsent(product.key(), product));
        Map<ProductKey, Long> ids = findIds(wanted.keySet());
        List<NewProduct> missing = wanted.values().stream().filter(p -> !ids.containsKey(p.key())).toList();
        if (!missing.isEmpty()) {
            // one row per offer whatever its case: the unique index is case-sensitive, the catalog is not
            Map<ProductKey, NewProduct> toInsert = new LinkedHashMap<>();
            missing.forEach(p -> toInsert.putIfAbsent(upperCased(p.key()), p));
            List<NewProduct> rows = List.copyOf(toInsert.values());
            Instant now = clock.instant();
            for (int from = 0; from < rows.size(); from += CHUNK) {
                insertIgnoringDuplicates(rows.subList(from, Math.min(from + CHUNK, rows.size())), now);
            }
            ids.putAll(findIds(missing.stream().map(NewProduct::key).collect(Collectors.toSet())));
        }
        return ids;
    }

    private void insertIgnoringDuplicates(List<NewProduct> chunk, Instant now) {
        InsertValuesStep9<ProductRecord, String, String, String, String, String, BigDecimal, BigDecimal, Boolean, Instant>
                insert = dsl.insertInto(PRODUCT, PRODUCT.OFFER_ID, PRODUCT.NAME, PRODUCT.TERM, PRODUCT.BILLING_CYCLE,
                PRODUCT.CURRENCY, PRODUCT.LIST_PRICE, PRODUCT.UNIT_COST, PRODUCT.PRICE_MISSING, PRODUCT.CREATED_AT);
        for (NewProduct p : chunk) {
            insert = insert.values(p.key().offerId(), p.name(), p.key().term().name(), p.key().billingCycle().name(),
                    p.key().currency(), p.listPrice(), p.unitCost(), p.priceMissing(), now);
        }
        insert.onDuplicateKeyIgnore().execute();
    }

    /**
     * Offer ids are compared ignoring case, as the product form does: exactly first (the unique index), then, only for
     * the keys still unknown (new offers, rare after the first sync), ignoring case.
     */
    private Map<ProductKey, Long> findIds(Set<ProductKey> keys) {
        Map<ProductKey, Long> ids = findIdsExactly(keys);
        if (ids.size() < keys.size()) {
            ids.putAll(findIdsIgnoringCase(keys.stream().filter(k -> !ids.containsKey(k)).collect(Collectors.toSet())));
        }
        return ids;
    }

    private Map<ProductKey, Long> findIdsIgnoringCase(Set<ProductKey> keys) {
        Map<ProductKey, List<ProductKey>> byUpper = new HashMap<>();
        keys.forEach(k -> byUpper.computeIfAbsent(upperCased(k), upper -> new ArrayList<>()).add(k));
        Map<ProductKey, Long> ids = new HashMap<>();
        List<String> offerIds = byUpper.keySet().stream().map(ProductKey::offerId).distinct().toList();
        for (int from = 0; from < offerIds.size(); from += CHUNK) {
            dsl.select(PRODUCT.ID, PRODUCT.OFFER_ID, PRODUCT.TERM, PRODUCT.BILLING_CYCLE, PRODUCT.CURRENCY)
                    .from(PRODUCT)
                    .where(upper(PRODUCT.OFFER_ID).in(offerIds.subList(from, Math.min(from + CHUNK, offerIds.size()))))
                    .orderBy(PRODUCT.ID)
                    .forEach(r -> {
                        List<ProductKey> spellings = byUpper.getOrDefault(new ProductKey(
                                r.get(PRODUCT.OFFER_ID).toUpperCase(Locale.ROOT), Term.valueOf(r.get(PRODUCT.TERM)),
                                BillingCycle.valueOf(r.get(PRODUCT.BILLING_CYCLE)), r.get(PRODUCT.CURRENCY)),
                                List.of());
                        spellings.forEach(key -> ids.putIfAbsent(key, r.get(PRODUCT.ID)));
                    });
        }
        return ids;
    }

    private static ProductKey upperCased(ProductKey key) {
        return new ProductKey(key.offerId().toUpperCase(Locale.ROOT), key.term(), key.billingCycle(), key.currency());
    }

    private Map<ProductKey, Long> findIdsExactly(Set<ProductKey> keys) {
        Map<ProductKey, Long> ids = new HashMap<>();
        List<String> offerIds = keys.stream().map(ProductKey::offerId).distinct().toList();
        for (int from = 0; from < offerIds.size(); from += CHUNK) {
            dsl.select(PRODUCT.ID, PRODUCT.OFFER_ID, PRODUCT.TERM, PRODUCT.BILLING_CYCLE, PRODUCT.CURRENCY)
                    .from(PRODUCT)
                    .where(PRODUCT.OFFER_ID.in(offerIds.subList(from, Math.min(from + CHUNK, offerIds.size()))))
                    .forEach(r -> {
                        ProductKey key = new ProductKey(r.get(PRODUCT.OFFER_ID), Term.valueOf(r.get(PRODUCT.TERM)),
                                BillingCycle.valueOf(r.get(PRODUCT.BILLING_CYCLE)), r.get(PRODUCT.CURRENCY));
                        if (keys.contains(key)) {
                            ids.put(key, r.get(PRODUCT.ID));
                        }
                    });
        }
        return ids;
    }

    private static Condition conditionFor(ProductFilter filter) {
        Condition condition = noCondition();
        if (filter.text() != null && !filter.text().isBlank()) {
            condition = condition.and(TextSearch.contains(PRODUCT.NAME, filter.text())
                    .or(TextSearch.contains(PRODUCT.OFFER_ID, filter.text())));
        }
        if (filter.currency() != null && !filter.currency().isBlank()) {
            condition = condition.and(PRODUCT.CURRENCY.eq(filter.currency()));
        }
        if (filter.priceMissingOnly()) {
            condition = condition.and(PRODUCT.PRICE_MISSING.isTrue());
        }
        return condition;
    }

    static Product toProduct(Record r) {
        return new Product(r.get(PRODUCT.ID), r.get(PRODUCT.OFFER_ID), r.get(PRODUCT.NAME),
                Term.valueOf(r.get(PRODUCT.TERM)), BillingCycle.valueOf(r.get(PRODUCT.BILLING_CYCLE)),
                r.get(PRODUCT.CURRENCY), r.get(PRODUCT.LIST_PRICE), r.get(PRODUCT.UNIT_COST),
                r.get(PRODUCT.PRICE_MISSING), r.get(PRODUCT.CREATED_AT), r.get(PRODUCT.VERSION));
    }
}
