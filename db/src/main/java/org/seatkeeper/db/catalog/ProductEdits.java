package org.seatkeeper.db.catalog;

import static org.seatkeeper.db.jooq.Tables.PRODUCT;

import org.jooq.DSLContext;
import org.seatkeeper.db.OptimisticLockException;

/** A person's edits of an existing product, apart from {@link ProductRepository} (the catalog's reads and the sync). */
public final class ProductEdits {

    private final DSLContext dsl;

    public ProductEdits(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Sets name, list price and cost in one write ("price missing" is cleared once either is known); refused when someone
     * changed the product since {@code expectedVersion} was read. The product's key is never written here.
     */
    public void update(long id, ProductDetails details, int expectedVersion) {
        int rows = dsl.update(PRODUCT)
                .set(PRODUCT.NAME, details.name())
                .set(PRODUCT.LIST_PRICE, details.listPrice())
                .set(PRODUCT.UNIT_COST, details.unitCost())
                .set(PRODUCT.PRICE_MISSING, details.listPrice() == null && details.unitCost() == null)
                .set(PRODUCT.VERSION, PRODUCT.VERSION.plus(1))
                .where(PRODUCT.ID.eq(id))
                .and(PRODUCT.VERSION.eq(expectedVersion))
                .execute();
        if (rows == 0) {
            throw new OptimisticLockException("This product");
        }
    }
}
