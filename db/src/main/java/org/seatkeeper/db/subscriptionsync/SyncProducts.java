package org.seatkeeper.db.subscriptionsync;

import static org.jooq.impl.DSL.inline;
import static org.seatkeeper.db.jooq.Tables.PRODUCT;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;

/**
 * The sync's reads and writes of the catalog's provider amounts (list price, cost): one query and at most one batch
 * per chunk. Which products a chunk uses is {@code ProductRepository.ensureFromSync}'s job.
 */
public final class SyncProducts {

    private static final int CHUNK = 500;

    private final DSLContext dsl;

    public SyncProducts(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The stored provider amounts of these products, by id. */
    public Map<Long, ProviderAmounts> amountsOf(Collection<Long> productIds) {
        Map<Long, ProviderAmounts> amounts = new HashMap<>();
        List<Long> ids = productIds.stream().distinct().toList();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            dsl.select(PRODUCT.ID, PRODUCT.CURRENCY, PRODUCT.LIST_PRICE, PRODUCT.UNIT_COST)
                    .from(PRODUCT)
                    .where(PRODUCT.ID.in(ids.subList(from, Math.min(from + CHUNK, ids.size()))))
                    .forEach(r -> amounts.put(r.value1(), new ProviderAmounts(r.value1(), r.value2(), r.value3(),
                            r.value4())));
        }
        return amounts;
    }

    /** The provider's new amounts of these products (a price known now is no longer missing); one batch. */
    public void update(Collection<ProviderAmounts> changed) {
        if (changed.isEmpty()) {
            return; // HSQLDB refuses an empty batch
        }
        BatchBindStep batch = dsl.batch(dsl.update(PRODUCT)
                .set(PRODUCT.LIST_PRICE, (BigDecimal) null)
                .set(PRODUCT.UNIT_COST, (BigDecimal) null)
                .set(PRODUCT.PRICE_MISSING, inline(false))
                .set(PRODUCT.VERSION, PRODUCT.VERSION.plus(inline(1)))
                .where(PRODUCT.ID.eq((Long) null)));
        changed.forEach(a -> batch.bind(a.listPrice(), a.unitCost(), a.productId()));
        batch.execute();
    }
}
