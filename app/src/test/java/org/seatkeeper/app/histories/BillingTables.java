package org.seatkeeper.app.histories;

import static org.seatkeeper.db.jooq.Tables.BILLING_CONTRACT;
import static org.seatkeeper.db.jooq.Tables.HELD_SUBSCRIPTION;
import static org.seatkeeper.db.jooq.Tables.LICENSE_CHANGE;
import static org.seatkeeper.db.jooq.Tables.PRODUCT;
import static org.seatkeeper.db.jooq.Tables.SUBSCRIPTION;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/**
 * Every row of the billing tables, column by column, keyed by id: taken before and after a step to say exactly which
 * rows a step wrote, rewrote or removed.
 */
record BillingTables(Map<String, Map<Long, Map<String, Object>>> tables) {

    private static final List<Table<?>> BILLING = List.of(SUBSCRIPTION, LICENSE_CHANGE, PRODUCT, BILLING_CONTRACT,
            HELD_SUBSCRIPTION);

    static BillingTables of(DSLContext dsl) {
        Map<String, Map<Long, Map<String, Object>>> tables = new LinkedHashMap<>();
        for (Table<?> table : BILLING) {
            Field<Long> id = table.field("ID", Long.class);
            Map<Long, Map<String, Object>> rows = new TreeMap<>();
            for (var record : dsl.selectFrom(table).fetch()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (Field<?> field : record.fields()) {
                    row.put(field.getName().toLowerCase(), record.get(field));
                }
                rows.put(record.get(id), row);
            }
            tables.put(table.getName().toLowerCase(), rows);
        }
        return new BillingTables(tables);
    }

    Map<Long, Map<String, Object>> rows(String table) {
        return tables.get(table);
    }

    Map<Long, Map<String, Object>> events() {
        return rows("license_change");
    }

    /** Each row added, removed or rewritten since {@code before}, one line each, with the columns that differ. */
    List<String> differencesFrom(BillingTables before) {
        List<String> lines = new ArrayList<>();
        for (var table : tables.entrySet()) {
            Map<Long, Map<String, Object>> old = before.rows(table.getKey());
            for (var row : table.getValue().entrySet()) {
                Map<String, Object> was = old.get(row.getKey());
                if (was == null) {
                    lines.add(table.getKey() + " #" + row.getKey() + " added: " + row.getValue());
                } else if (!was.equals(row.getValue())) {
                    lines.add(table.getKey() + " #" + row.getKey() + " rewritten: " + changedColumns(was, row.getValue()));
                }
            }
            for (Long id : old.keySet()) {
                if (!table.getValue().containsKey(id)) {
                    lines.add(table.getKey() + " #" + id + " removed: " + old.get(id));
                }
            }
        }
        return lines;
    }

    /** column: before -> after, for the columns that differ. */
    static Map<String, String> changedColumns(Map<String, Object> before, Map<String, Object> after) {
        Map<String, String> changed = new LinkedHashMap<>();
        for (String column : after.keySet()) {
            if (!Objects.equals(before.get(column), after.get(column))) {
                changed.put(column, before.get(column) + " -> " + after.get(column));
            }
        }
        return changed;
    }
}
