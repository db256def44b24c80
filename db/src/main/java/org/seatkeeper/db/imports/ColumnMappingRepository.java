package org.seatkeeper.db.imports;

import static org.jooq.Records.mapping;
import static org.seatkeeper.db.jooq.Tables.IMPORT_COLUMN_MAPPING;

import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;

/** The CSV column mapping remembered per provider (V51). */
public final class ColumnMappingRepository {

    private final DSLContext dsl;

    public ColumnMappingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<ColumnMapping> find(long providerId) {
        return dsl.select(IMPORT_COLUMN_MAPPING.SUBSCRIPTION_COLUMN, IMPORT_COLUMN_MAPPING.OFFER_COLUMN,
                        IMPORT_COLUMN_MAPPING.NAME_COLUMN, IMPORT_COLUMN_MAPPING.QUANTITY_COLUMN,
                        IMPORT_COLUMN_MAPPING.START_COLUMN, IMPORT_COLUMN_MAPPING.TERM_END_COLUMN)
                .from(IMPORT_COLUMN_MAPPING)
                .where(IMPORT_COLUMN_MAPPING.PROVIDER_ID.eq(providerId))
                .fetchOptional(mapping(ColumnMapping::new));
    }

    public void save(long providerId, ColumnMapping m, Instant now) {
        dsl.mergeInto(IMPORT_COLUMN_MAPPING)
                .using(dsl.selectOne())
                .on(IMPORT_COLUMN_MAPPING.PROVIDER_ID.eq(providerId))
                .whenMatchedThenUpdate()
                .set(IMPORT_COLUMN_MAPPING.SUBSCRIPTION_COLUMN, m.subscriptionColumn())
                .set(IMPORT_COLUMN_MAPPING.OFFER_COLUMN, m.offerColumn())
                .set(IMPORT_COLUMN_MAPPING.NAME_COLUMN, m.nameColumn())
                .set(IMPORT_COLUMN_MAPPING.QUANTITY_COLUMN, m.quantityColumn())
                .set(IMPORT_COLUMN_MAPPING.START_COLUMN, m.startColumn())
                .set(IMPORT_COLUMN_MAPPING.TERM_END_COLUMN, m.termEndColumn())
                .set(IMPORT_COLUMN_MAPPING.UPDATED_AT, now)
                .whenNotMatchedThenInsert(IMPORT_COLUMN_MAPPING.PROVIDER_ID, IMPORT_COLUMN_MAPPING.SUBSCRIPTION_COLUMN,
                        IMPORT_COLUMN_MAPPING.OFFER_COLUMN, IMPORT_COLUMN_MAPPING.NAME_COLUMN,
                        IMPORT_COLUMN_MAPPING.QUANTITY_COLUMN, IMPORT_COLUMN_MAPPING.START_COLUMN,
                        IMPORT_COLUMN_MAPPING.TERM_END_COLUMN, IMPORT_COLUMN_MAPPING.UPDATED_AT)
                .values(providerId, m.subscriptionColumn(), m.offerColumn(), m.nameColumn(), m.quantityColumn(),
                        m.startColumn(), m.termEndColumn(), now)
                .execute();
    }
}
