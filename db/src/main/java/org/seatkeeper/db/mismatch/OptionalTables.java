package org.seatkeeper.db.mismatch;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.util.Optional;
import org.jooq.DSLContext;

/**
 * Asks whether a table of a feature that may not exist yet is there and holds rows: the PSA and tenant-usage checks,
 * and the invitations section of the morning report, light up when their features land.
 */
public final class OptionalTables {

    private final DSLContext dsl;

    public OptionalTables(DSLContext dsl) {
        this.dsl = dsl;
    }

    public boolean exists(String tableName) {
        return dsl.fetchExists(dsl.selectOne()
                .from(table(name("INFORMATION_SCHEMA", "TABLES")))
                .where(field(name("TABLE_SCHEMA"), String.class).eq("PUBLIC"))
                .and(field(name("TABLE_NAME"), String.class).eq(tableName.toUpperCase())));
    }

    /** The first of {@code tableNames} that exists, if any. */
    public Optional<String> firstExisting(String... tableNames) {
        for (String tableName : tableNames) {
            if (exists(tableName)) {
                return Optional.of(tableName.toUpperCase());
            }
        }
        return Optional.empty();
    }

    public boolean hasRows(String tableName) {
        return exists(tableName) && dsl.fetchExists(table(name(tableName.toUpperCase())));
    }
}
