package org.seatkeeper.db.usage;

import static org.seatkeeper.db.jooq.Tables.SKU_MAPPING;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.seatkeeper.db.OptimisticLockException;
import org.seatkeeper.db.jooq.tables.records.SkuMappingRecord;

/** The SKU mapping table staff maintain. No transaction code: callers audit in the same transaction. */
public final class SkuMappingRepository {

    private final DSLContext dsl;

    public SkuMappingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every mapping, by SKU name. */
    public List<SkuMapping> list() {
        return dsl.selectFrom(SKU_MAPPING).orderBy(SKU_MAPPING.NAME, SKU_MAPPING.PRODUCT_REF).fetch(SkuMappingRepository::toMapping);
    }

    public Optional<SkuMapping> find(long id) {
        return dsl.selectFrom(SKU_MAPPING).where(SKU_MAPPING.ID.eq(id)).fetchOptional(SkuMappingRepository::toMapping);
    }

    public Optional<SkuMapping> byProductRef(String productRef) {
        return dsl.selectFrom(SKU_MAPPING).where(SKU_MAPPING.PRODUCT_REF.equalIgnoreCase(productRef))
                .fetchOptional(SkuMappingRepository::toMapping);
    }

    public long create(SkuMappingDetails d, String actor, Instant now) {
        return dsl.insertInto(SKU_MAPPING)
                .set(SKU_MAPPING.SKU_ID, d.skuId())
                .set(SKU_MAPPING.SKU_PART_NUMBER, d.skuPartNumber())
                .set(SKU_MAPPING.PRODUCT_REF, d.productRef())
                .set(SKU_MAPPING.NAME, d.name())
                .set(SKU_MAPPING.UPDATED_AT, now)
                .set(SKU_MAPPING.UPDATED_BY, actor)
                .returning(SKU_MAPPING.ID)
                .fetchOne(SKU_MAPPING.ID);
    }

    /** @throws OptimisticLockException when someone changed it since {@code expectedVersion} was read */
    public void update(long id, SkuMappingDetails d, String actor, Instant now, int expectedVersion) {
        int rows = dsl.update(SKU_MAPPING)
                .set(SKU_MAPPING.SKU_ID, d.skuId())
                .set(SKU_MAPPING.SKU_PART_NUMBER, d.skuPartNumber())
                .set(SKU_MAPPING.PRODUCT_REF, d.productRef())
                .set(SKU_MAPPING.NAME, d.name())
                .set(SKU_MAPPING.UPDATED_AT, now)
                .set(SKU_MAPPING.UPDATED_BY, actor)
                .set(SKU_MAPPING.VERSION, SKU_MAPPING.VERSION.plus(1))
                .where(SKU_MAPPING.ID.eq(id))
                .and(SKU_MAPPING.VERSION.eq(expectedVersion))
                .execute();
        if (rows != 1) {
            throw new OptimisticLockException("The SKU mapping");
        }
    }

    private static SkuMapping toMapping(SkuMappingRecord r) {
        return new SkuMapping(r.getId(), r.getSkuId(), r.getSkuPartNumber(), r.getProductRef(), r.getName(),
                r.getUpdatedAt(), r.getUpdatedBy(), r.getVersion());
    }
}
