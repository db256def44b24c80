package org.seatkeeper.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Table;
import org.jooq.conf.ParamType;
import org.jooq.impl.DSL;

/**
 * One statement rendered once by jOOQ and bound as one JDBC batch per chunk, for the syncs' bulk writes. Measured:
 * jOOQ's own batch API costs 25-45% more (stack-facts §3), and a multi-row VALUES statement is a new text for HSQLDB
 * to parse every chunk. Each column is declared once, with the value it takes from a row, so the statement and its
 * binding cannot drift apart. Runs on the caller's transaction (the chunk's connection); commits nothing.
 *
 * @param <R> what one row of the batch is made from
 */
public final class JdbcBatch<R> {

    private final String sql;
    private final List<Field<?>> parameters;
    private final List<Function<? super R, ?>> values;

    private JdbcBatch(String sql, List<Field<?>> parameters, List<Function<? super R, ?>> values) {
        this.sql = sql;
        this.parameters = List.copyOf(parameters);
        this.values = List.copyOf(values);
    }

    /** {@code INSERT INTO table (columns...) VALUES (?...)}, one row per item. */
    public static <R> Insert<R> insertInto(Table<?> table) {
        return new Insert<>(table);
    }

    /** {@code UPDATE table SET column = ?... WHERE key = ?...}, one row per item. */
    public static <R> Update<R> update(Table<?> table) {
        return new Update<>(table);
    }

    /** Writes the rows as one batch; nothing for none (HSQLDB refuses an empty batch). */
    public void execute(DSLContext dsl, List<? extends R> rows) {
        if (rows.isEmpty()) {
            return;
        }
        dsl.connection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                addAll(statement, rows);
                statement.executeBatch();
            }
        });
    }

    /**
     * Inserts the rows as one batch and returns the keys the database generated for {@code key}, in row order
     * (HSQLDB returns one per row, in batch order), instead of reading the rows back.
     */
    public List<Long> executeReturning(DSLContext dsl, List<? extends R> rows, Field<Long> key) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> generated = new ArrayList<>(rows.size());
        dsl.connection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql, new String[] {key.getName()})) {
                addAll(statement, rows);
                statement.executeBatch();
                try (ResultSet keys = statement.getGeneratedKeys()) {
                    while (keys.next()) {
                        generated.add(keys.getLong(1));
                    }
                }
            }
        });
        if (generated.size() != rows.size()) {
            throw new IllegalStateException("The database returned " + generated.size() + " keys for " + rows.size()
                    + " rows");
        }
        return generated;
    }

    private void addAll(PreparedStatement statement, List<? extends R> rows) throws SQLException {
        for (R row : rows) {
            for (int i = 0; i < parameters.size(); i++) {
                Object value = values.get(i).apply(row);
                if (value == null) {
                    statement.setNull(i + 1, parameters.get(i).getDataType().getSQLType());
                } else {
                    statement.setObject(i + 1, value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC)
                            : value instanceof Enum<?> e ? e.name() : value);
                }
            }
            statement.addBatch();
        }
    }

    private static <T> Param<T> param(Field<T> field) {
        return DSL.param(field.getName(), field.getDataType());
    }

    /** The columns of an insert, each with its value. */
    public static final class Insert<R> {

        private final Table<?> table;
        private final List<Field<?>> columns = new ArrayList<>();
        private final List<Function<? super R, ?>> values = new ArrayList<>();

        private Insert(Table<?> table) {
            this.table = table;
        }

        public <T> Insert<R> value(Field<T> column, Function<? super R, ? extends T> value) {
            columns.add(column);
            values.add(value);
            return this;
        }

        public JdbcBatch<R> render(DSLContext dsl) {
            String sql = dsl.insertInto(table, columns)
                    .values(columns.stream().map(JdbcBatch::param).toList())
                    .getSQL(ParamType.INDEXED);
            return new JdbcBatch<>(sql, columns, values);
        }
    }

    /** The columns an update sets, each with its value, and the keys that find the row. */
    public static final class Update<R> {

        private final Table<?> table;
        private final Map<Field<?>, Field<?>> sets = new LinkedHashMap<>();
        private final List<Field<?>> setColumns = new ArrayList<>();
        private final List<Function<? super R, ?>> setValues = new ArrayList<>();
        private final List<Condition> keys = new ArrayList<>();
        private final List<Field<?>> keyColumns = new ArrayList<>();
        private final List<Function<? super R, ?>> keyValues = new ArrayList<>();

        private Update(Table<?> table) {
            this.table = table;
        }

        public <T> Update<R> set(Field<T> column, Function<? super R, ? extends T> value) {
            sets.put(column, param(column));
            setColumns.add(column);
            setValues.add(value);
            return this;
        }

        /** A column set to the same expression on every row, e.g. {@code VERSION.plus(inline(1))}: inline values only. */
        public <T> Update<R> setAlways(Field<T> column, Field<T> expression) {
            sets.put(column, expression);
            return this;
        }

        public <T> Update<R> where(Field<T> column, Function<? super R, ? extends T> value) {
            keys.add(column.eq(param(column)));
            keyColumns.add(column);
            keyValues.add(value);
            return this;
        }

        public JdbcBatch<R> render(DSLContext dsl) {
            if (keys.isEmpty()) {
                throw new IllegalStateException("An update batch needs the columns that find its rows");
            }
            String sql = dsl.update(table).set(sets).where(keys).getSQL(ParamType.INDEXED);
            // the statement's parameters: the SET list's, then the WHERE clause's, as jOOQ renders them
            List<Field<?>> parameters = new ArrayList<>(setColumns);
            parameters.addAll(keyColumns);
            List<Function<? super R, ?>> values = new ArrayList<>(setValues);
            values.addAll(keyValues);
            return new JdbcBatch<>(sql, parameters, values);
        }
    }
}
