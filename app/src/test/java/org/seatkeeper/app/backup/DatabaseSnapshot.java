package org.seatkeeper.app.backup;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.Table;

/** Every row of every table of the application's schema, as text, sorted: two databases hold the same rows when equal. */
final class DatabaseSnapshot {

    private DatabaseSnapshot() {
    }

    static Map<String, List<String>> of(DSLContext dsl) {
        Map<String, List<String>> tables = new TreeMap<>();
        for (Table<?> table : dsl.meta().getSchemas("PUBLIC").get(0).getTables()) {
            tables.put(table.getName(), dsl.selectFrom(table).fetch().stream()
                    .map(row -> row.intoMap().toString()).sorted().toList());
        }
        return tables;
    }
}
