package org.seatkeeper.db;

import java.util.Locale;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * "Contains, ignoring case" for search boxes. The whole LIKE pattern is one bound value: HSQLDB compiles it once per
 * statement, whereas the {@code '%' || ? || '%'} that jOOQ's containsIgnoreCase renders is compiled again for every
 * row (a search over 10,000 provider accounts went from about 150 ms to 20 ms). %, _ and ! typed by a person match
 * themselves.
 */
public final class TextSearch {

    private static final char ESCAPE = '!';

    private TextSearch() {
    }

    public static Condition contains(Field<String> field, String text) {
        return DSL.lower(field).like(pattern(text), ESCAPE);
    }

    private static Field<String> pattern(String text) {
        String escaped = text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return DSL.val("%" + escaped + "%");
    }
}
