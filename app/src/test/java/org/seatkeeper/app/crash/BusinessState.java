package org.seatkeeper.app.crash;

import static org.seatkeeper.db.jooq.Tables.BILLING_CONTRACT;
import static org.seatkeeper.db.jooq.Tables.CUSTOMER;
import static org.seatkeeper.db.jooq.Tables.LICENSE_CHANGE;
import static org.seatkeeper.db.jooq.Tables.PRODUCT;
import static org.seatkeeper.db.jooq.Tables.PROVIDER_ACCOUNT;
import static org.seatkeeper.db.jooq.Tables.SUBSCRIPTION;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.seatkeeper.db.Database;

/**
 * What a person and billing see, as sorted lines per table, without what differs between two runs by nature (ids,
 * times, versions): two runs that end alike have equal states. Duplicate rows stay (a duplicated event is an extra line).
 */
final class BusinessState {

    private BusinessState() {
    }

    static Map<String, List<String>> of(Path dataDirectory) {
        try (Database db = Database.openFile(dataDirectory.resolve("db"))) {
            DSLContext dsl = db.dsl();
            Map<String, List<String>> state = new TreeMap<>();
            for (Table<?> table : List.of(CUSTOMER, PROVIDER_ACCOUNT, BILLING_CONTRACT, PRODUCT, SUBSCRIPTION)) {
                state.put(table.getName(), lines(dsl, table, stable(table.fields())));
            }
            List<Field<?>> events = new ArrayList<>(stable(LICENSE_CHANGE.fields()));
            events.add(SUBSCRIPTION.EXTERNAL_ID);
            events.add(SUBSCRIPTION.NAME);
            state.put("LICENSE_CHANGE", dsl.select(events).from(LICENSE_CHANGE).join(SUBSCRIPTION)
                    .on(SUBSCRIPTION.ID.eq(LICENSE_CHANGE.SUBSCRIPTION_ID)).fetch().stream()
                    .map(row -> row.intoMap().toString()).sorted().toList());
            return state;
        }
    }

    private static List<String> lines(DSLContext dsl, Table<?> table, List<Field<?>> fields) {
        return dsl.select(fields).from(table).fetch().stream().map(row -> row.intoMap().toString()).sorted().toList();
    }

    /** The provider's own ids are the same in both runs; our ids, references by id, times and versions may not be. */
    private static final Set<String> PROVIDERS_IDS = Set.of("EXTERNAL_ID", "TENANT_ID", "OFFER_ID");

    private static List<Field<?>> stable(Field<?>[] fields) {
        return Arrays.stream(fields).filter(field -> {
            String name = field.getName().toUpperCase();
            return PROVIDERS_IDS.contains(name)
                    || !(name.equals("ID") || name.endsWith("_ID") || name.endsWith("_AT") || name.equals("VERSION"));
        }).<Field<?>>map(field -> field).toList();
    }
}
